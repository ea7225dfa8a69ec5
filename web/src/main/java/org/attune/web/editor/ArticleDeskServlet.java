package org.attune.web.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.content.article.Article;
import org.attune.content.authoring.ArticleFormatException;
import org.attune.content.authoring.ArticleParser;
import org.attune.content.authoring.ArticleWriter;
import org.attune.content.workflow.Editor;
import org.attune.content.workflow.WorkflowException;
import org.attune.content.workflow.WorkflowState;
import org.attune.web.publishing.DeskRow;
import org.attune.web.publishing.EditorialDesk;
import org.attune.web.publishing.LostRace;
import org.attune.web.publishing.NoSuchArticleException;
import org.attune.web.publishing.RevisionView;
import org.attune.web.publishing.StaleRevisionException;
import org.attune.web.security.CsrfToken;
import org.attune.web.view.PageLanguage;
import org.attune.web.view.PageRenderer;
import org.attune.web.view.Redirect;

/**
 * One article in the editor, under {@code /editor/articles/{slug}}: its page (status, moves, edit box, history and
 * revisions); {@code …/preview} (each audience side by side); {@code …/overrides} (each block's audience versions,
 * the author's overrides editable beside the engine's); {@code …/diff?from=&to=} (between two revisions: what each
 * audience reads, then the file);
 * {@code …/retire} (what retiring does, a reason and a confirmation);
 * {@code …/revisions/{n}} (that revision's file, as stored). A POST saves the text or makes a move.
 */
@WebServlet(urlPatterns = "/editor/articles/*")
public class ArticleDeskServlet extends HttpServlet {

    private static final Pattern ROUTE = Pattern.compile(
            "/([a-z0-9]+(?:-[a-z0-9]+)*)(?:/(preview|diff|overrides|retire|revisions/([1-9][0-9]{0,6})))?");

    @Inject
    EditorialDesk desk;

    @Inject
    AudiencePreviews previews;

    @Inject
    AudienceOverrides overridesEditor;

    @Inject
    PageRenderer pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher route = route(request);
        if (route == null || !desk.knows(route.group(1))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String slug = route.group(1);
        if (route.group(2) == null) {
            RevisionView newest = desk.newestRevision(slug).orElseThrow();
            showDesk(
                    request,
                    response,
                    HttpServletResponse.SC_OK,
                    slug,
                    desk.editableSource(slug),
                    newest.etag(),
                    null,
                    null,
                    null);
        } else if (route.group(2).equals("preview")) {
            preview(request, response, slug);
        } else if (route.group(2).equals("overrides")) {
            showOverrides(request, response, slug);
        } else if (route.group(2).equals("diff")) {
            diff(request, response, slug);
        } else if (route.group(2).equals("retire")) {
            confirmRetirement(request, response, slug);
        } else {
            export(response, slug, Integer.parseInt(route.group(3)));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher route = route(request);
        boolean overrides = route != null && "overrides".equals(route.group(2));
        if (route == null || (route.group(2) != null && !overrides) || !desk.knows(route.group(1))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!CsrfToken.isValid(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String slug = route.group(1);
        Editor editor = EditorRequest.of(request).editor();
        String text = overrides
                ? new ArticleWriter().write(overridesEditor.apply(editableArticle(slug), request.getParameterMap()))
                : Optional.ofNullable(request.getParameter("source")).orElse("");
        String basedOn = Optional.ofNullable(request.getParameter("basedOn")).orElse("");
        boolean saving = overrides || "save".equals(request.getParameter("action"));
        try {
            if (saving) {
                desk.save(slug, text, basedOn, editor);
            } else if ("confirm".equals(request.getParameter("action"))) {
                desk.confirmAudienceVersions(slug, editor);
            } else {
                WorkflowState to =
                        WorkflowState.fromCode(request.getParameter("to")).orElse(null);
                if (to == null) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
                desk.move(slug, to, request.getParameter("comment"), editor);
            }
            Redirect.to(
                    request,
                    response,
                    HttpServletResponse.SC_SEE_OTHER,
                    "/editor/articles/" + slug + (overrides ? "/overrides" : ""));
        } catch (ArticleFormatException e) {
            showDesk(
                    request,
                    response,
                    400,
                    slug,
                    text,
                    basedOn,
                    ArticleProblems.of(text, e, PageLanguage.of(request)),
                    null,
                    null);
        } catch (StaleRevisionException e) {
            showConflict(request, response, slug, text, e.current());
        } catch (WorkflowException e) {
            showRefusal(request, response, slug, text, basedOn, e);
        } catch (NoSuchArticleException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (RuntimeException e) {
            // a race lost only when the transaction ended (the desk tells the ones it sees itself)
            if (!LostRace.explains(e)) {
                throw e;
            }
            if (saving) {
                showConflict(request, response, slug, text, Optional.empty());
            } else {
                showRefusal(request, response, slug, text, basedOn, EditorialDesk.movedAtTheSameMoment(slug));
            }
        }
    }

    /** The second of two editors saving the same revision: their text kept, and what the first one changed. */
    private void showConflict(
            HttpServletRequest request,
            HttpServletResponse response,
            String slug,
            String text,
            Optional<RevisionView> current)
            throws IOException {
        RevisionView now = current.orElseGet(() -> desk.newestRevision(slug).orElseThrow());
        RevisionDiff changed = RevisionDiff.between(now.source(), text);
        showDesk(request, response, 409, slug, text, now.etag(), null, changed, null);
    }

    private void showRefusal(
            HttpServletRequest request,
            HttpServletResponse response,
            String slug,
            String text,
            String basedOn,
            WorkflowException refusal)
            throws IOException {
        int status = refusal.reason() == WorkflowException.Reason.NOT_ALLOWED
                ? 403
                : refusal.reason() == WorkflowException.Reason.INCOMPLETE ? 400 : 409;
        showDesk(
                request,
                response,
                status,
                slug,
                text.isEmpty() ? desk.editableSource(slug) : text,
                basedOn.isEmpty() ? desk.newestRevision(slug).orElseThrow().etag() : basedOn,
                null,
                null,
                refusal.message(PageLanguage.of(request)));
    }

    private void showDesk(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String slug,
            String text,
            String basedOn,
            ArticleProblems problems,
            RevisionDiff conflict,
            String refusal)
            throws IOException {
        EditorRequest editor = EditorRequest.of(request);
        DeskRow row = desk.row(slug).orElseThrow();
        List<RevisionView> revisions = desk.revisions(slug);
        RevisionView newest = revisions.get(0);
        WorkflowState state = WorkflowState.fromCode(newest.state()).orElseThrow();
        DeskPage page = new DeskPage(
                row,
                newest,
                revisions,
                desk.offeredMoves(slug, editor.editor()),
                editor.author() && state.acceptsNewText(),
                text,
                basedOn,
                problems,
                conflict,
                refusal);
        Map<String, Object> model = new HashMap<>();
        model.put("editor", editor);
        model.put("desk", page);
        pages.render(request, response, status, "editor/article", model);
    }

    private void preview(HttpServletRequest request, HttpServletResponse response, String slug) throws IOException {
        int number = number(request.getParameter("revision"))
                .orElseGet(() -> desk.newestRevision(slug).orElseThrow().number());
        Optional<Article> article = desk.asArticle(slug, number);
        if (article.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("editor", EditorRequest.of(request));
        model.put("slug", slug);
        model.put("revision", number);
        model.put("title", article.get().title());
        model.put("columns", previews.of(article.get()));
        pages.render(request, response, HttpServletResponse.SC_OK, "editor/preview", model);
    }

    private void showOverrides(HttpServletRequest request, HttpServletResponse response, String slug)
            throws IOException {
        RevisionView newest = desk.newestRevision(slug).orElseThrow();
        EditorRequest editor = EditorRequest.of(request);
        WorkflowState state = WorkflowState.fromCode(newest.state()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("editor", editor);
        model.put("slug", slug);
        model.put("revision", newest);
        model.put("editable", editor.author() && state.acceptsNewText());
        Article article = editableArticle(slug);
        model.put("rows", overridesEditor.rows(article));
        model.put("unoffered", overridesEditor.unoffered(article));
        pages.render(request, response, HttpServletResponse.SC_OK, "editor/overrides", model);
    }

    /**
     * Retiring asks for a reason and a confirmation on a page of its own, saying what readers will get; an editor
     * who may not retire the article now is sent back to its page.
     */
    private void confirmRetirement(HttpServletRequest request, HttpServletResponse response, String slug)
            throws IOException {
        EditorRequest editor = EditorRequest.of(request);
        DeskRow row = desk.row(slug).orElseThrow();
        if (!desk.offeredMoves(slug, editor.editor()).moves().contains(WorkflowState.RETIRED)
                || !row.readers().shownToReaders()) {
            Redirect.to(request, response, HttpServletResponse.SC_SEE_OTHER, "/editor/articles/" + slug);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("editor", editor);
        model.put("slug", slug);
        model.put("title", row.title());
        model.put("revision", row.readers().shown());
        pages.render(request, response, HttpServletResponse.SC_OK, "editor/retire", model);
    }

    /** The newest revision as the article an editor changes (without an imported file's review history). */
    private Article editableArticle(String slug) {
        return ArticleParser.forRevisions(LocalDate.now()).parseAccepted(slug + ".md", desk.editableSource(slug));
    }

    private void diff(HttpServletRequest request, HttpServletResponse response, String slug) throws IOException {
        Optional<RevisionView> from = number(request.getParameter("from")).flatMap(n -> desk.revision(slug, n));
        Optional<RevisionView> to = number(request.getParameter("to")).flatMap(n -> desk.revision(slug, n));
        if (from.isEmpty() || to.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("editor", EditorRequest.of(request));
        model.put("slug", slug);
        model.put("from", from.get().number());
        model.put("to", to.get().number());
        model.put("diff", RevisionDiff.between(from.get().source(), to.get().source()));
        model.put(
                "readers",
                previews.changes(
                        desk.asArticle(slug, from.get().number()).orElseThrow(),
                        desk.asArticle(slug, to.get().number()).orElseThrow()));
        pages.render(request, response, HttpServletResponse.SC_OK, "editor/diff", model);
    }

    /** The revision's file, byte for byte as stored: what the parser reads back. */
    private void export(HttpServletResponse response, String slug, int number) throws IOException {
        Optional<RevisionView> revision = desk.revision(slug, number);
        if (revision.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] file = revision.get().source().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/markdown;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + slug + "-r" + number + ".md\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(file.length);
        response.getOutputStream().write(file);
    }

    private static Matcher route(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null) {
            return null;
        }
        Matcher matcher = ROUTE.matcher(path);
        return matcher.matches() ? matcher : null;
    }

    private static Optional<Integer> number(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }
}
