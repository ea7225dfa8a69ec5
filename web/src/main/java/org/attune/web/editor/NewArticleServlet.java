package org.attune.web.editor;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.attune.content.authoring.ArticleFiles;
import org.attune.content.authoring.ArticleFormatException;
import org.attune.content.workflow.WorkflowException;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.web.publishing.EditorialDesk;
import org.attune.web.publishing.RevisionView;
import org.attune.web.security.CsrfToken;
import org.attune.web.view.PageLanguage;
import org.attune.web.view.PageRenderer;
import org.attune.web.view.Redirect;

/**
 * {@code /editor/new}: an author writes an article in the authoring format, or uploads its file. A file with
 * problems comes back with each problem shown at its line and the text kept; a good one becomes a draft.
 */
@WebServlet(urlPatterns = "/editor/new")
@MultipartConfig(maxFileSize = 1024 * 1024, maxRequestSize = 1024 * 1024)
public class NewArticleServlet extends HttpServlet {

    /**
     * What a new article starts from: the shape of the format, to be replaced by the author; {@code %s} is the
     * audience whose override it shows (the first offered that reads plain language).
     */
    static final String STARTER = """
            ---
            slug: a-short-name-for-the-address
            title: The question the article answers?
            tags: [topic]
            references:
              - number: 1
                type: guideline
                title: Title of the source
                source: Journal or organisation
                year: 2025
            ---
            The bottom-line answer, with its citation. [1]
            > %s: The bottom line in plain words. [1]

            ## First section

            - **Lead-in:** A statement of what the evidence shows. [1]
            """;

    @Inject
    EditorialDesk desk;

    @Inject
    PageRenderer pages;

    @Inject
    AudienceProfiles audiences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!EditorRequest.of(request).author()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        show(request, response, HttpServletResponse.SC_OK, starter(), null, null);
    }

    private String starter() {
        AudienceProfile plain = audiences.all().stream()
                .filter(AudienceProfile::readsPlainLanguage)
                .findFirst()
                .orElse(audiences.all().get(0));
        return STARTER.formatted(plain.id());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (!CsrfToken.isValid(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        EditorRequest editor = EditorRequest.of(request);
        if (!editor.author()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String source = request.getParameter("source") == null ? "" : request.getParameter("source");
        try {
            byte[] upload = uploaded(request);
            if (upload != null) {
                source = ArticleFiles.decode("article", upload);
            }
            RevisionView created = desk.create(source, editor.editor());
            Redirect.to(request, response, HttpServletResponse.SC_SEE_OTHER, "/editor/articles/" + created.slug());
        } catch (ArticleFormatException e) {
            show(
                    request,
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    source,
                    ArticleProblems.of(source, e, PageLanguage.of(request)),
                    null);
        } catch (WorkflowException e) {
            show(request, response, HttpServletResponse.SC_CONFLICT, source, null, e.message(PageLanguage.of(request)));
        }
    }

    /** The uploaded file, or null when none was chosen. */
    private static byte[] uploaded(HttpServletRequest request) throws IOException, ServletException {
        if (request.getContentType() == null || !request.getContentType().startsWith("multipart/")) {
            return null;
        }
        Part file = request.getPart("file");
        if (file == null || file.getSize() == 0) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private void show(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String source,
            ArticleProblems problems,
            String refusal)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("editor", EditorRequest.of(request));
        model.put("source", source);
        model.put("problems", problems);
        model.put("refusal", refusal);
        pages.render(request, response, status, "editor/new", model);
    }
}
