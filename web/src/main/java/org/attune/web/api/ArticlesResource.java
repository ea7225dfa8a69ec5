package org.attune.web.api;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.attune.content.authoring.ArticleFiles;
import org.attune.content.authoring.ArticleFormatException;
import org.attune.content.workflow.Editor;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.web.article.ArticleCatalog;
import org.attune.web.article.ArticleDocument;
import org.attune.web.audience.AudienceResolver;
import org.attune.web.error.Problem;
import org.attune.web.publishing.EditorialDesk;
import org.attune.web.publishing.Editors;
import org.attune.web.publishing.LostRace;
import org.attune.web.publishing.NoSuchArticleException;
import org.attune.web.publishing.RevisionView;
import org.attune.web.publishing.StaleRevisionException;
import org.attune.web.view.CanonicalUrls;
import org.attune.web.view.RenderedPage;

/**
 * {@code /api/v1/articles}. Reading needs no sign-in: {@code GET /api/v1/articles} (every article as authored) and
 * {@code GET /api/v1/articles/{slug}?audience=…} (one article as structured JSON, the same texts as the pages), each
 * with an {@code ETag} (a digest of the exact JSON) answered with 304, and {@code Cache-Control: no-cache} so a client
 * always checks. Everything else is for editors signed in with HTTP Basic: creating an article ({@code POST}), its
 * file ({@code GET} and {@code PUT …/source}), where it stands ({@code GET …/workflow}) and moves
 * ({@code POST …/transitions}).
 */
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ArticleCatalog catalog;

    @Inject
    AudienceResolver audiences;

    @Inject
    EditorialDesk desk;

    @Context
    Request request;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    CanonicalUrls addresses;

    static final String MARKDOWN = "text/markdown";
    static final String MARKDOWN_UTF8 = "text/markdown; charset=UTF-8";

    @GET
    public Response list() {
        return withValidators(JSON.toJson(catalog.asAuthored()));
    }

    /** The article in the audience asked for (the deployment's default without {@code audience}); 404, 400. */
    @GET
    @Path("{slug}")
    public Response article(@PathParam("slug") String slug, @QueryParam("audience") String audience) {
        AudienceProfile profile = audience == null
                ? audiences.defaultAudience()
                : audiences
                        .find(audience)
                        .orElseThrow(() -> ProblemException.badRequest("unknown audience; use one of "
                                + audiences.offered().stream()
                                        .map(AudienceProfile::id)
                                        .collect(Collectors.joining(", "))));
        ArticleDocument document = catalog.document(slug, profile)
                .orElseThrow(() -> new ProblemException(404, "Not Found", "no article at /api/v1/articles/" + slug));
        return withValidators(JSON.toJson(document));
    }

    /**
     * {@code POST /api/v1/articles} (authors), the article file as the body → 201 with {@code Location} and
     * {@code ETag}; the article starts as a draft. A file with problems → 400 listing each with its line.
     */
    @POST
    @Consumes({MARKDOWN, MediaType.TEXT_PLAIN})
    public Response create(byte[] body) {
        Editor author = signedIn();
        if (!author.author()) {
            throw ProblemException.forbidden("writing articles needs the author role");
        }
        RevisionView created = parsed(() -> desk.create(text("article", body), author));
        // the configured public address, or the path: never the request's Host header
        return Response.created(
                        URI.create(addresses.forPath(servletRequest, "/api/v1/articles/" + created.slug() + "/source")))
                .tag(tag(created))
                .entity(JSON.toJson(WorkflowDocument.of(created)))
                .build();
    }

    /** The newest revision's file, or revision {@code n} of it: exactly the text stored, with its {@code ETag}. */
    @GET
    @Path("{slug}/source")
    @Produces(MARKDOWN_UTF8)
    public Response source(@PathParam("slug") String slug, @QueryParam("revision") Integer number) {
        signedIn();
        RevisionView revision = (number == null ? desk.newestRevision(slug) : desk.revision(slug, number))
                .orElseThrow(() -> new NoSuchArticleException(slug));
        return Response.ok(revision.source()).tag(tag(revision)).build();
    }

    /**
     * Saves a new text (authors). {@code If-Match} must carry the {@code ETag} read: stale → 412 and nothing
     * overwritten, missing → 428.
     */
    @PUT
    @Path("{slug}/source")
    @Consumes({MARKDOWN, MediaType.TEXT_PLAIN})
    public Response save(@PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch, byte[] body) {
        Editor editor = signedIn();
        if (!editor.author()) {
            throw ProblemException.forbidden("editing articles needs the author role");
        }
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    428, "Precondition Required", "send If-Match with the ETag of the source you edited");
        }
        RevisionView saved;
        try {
            saved = parsed(() -> desk.save(slug, text(slug + ".md", body), ifMatch.strip(), editor));
        } catch (RuntimeException e) {
            // a race lost only when the transaction ended is the same answer as a stale ETag
            throw LostRace.explains(e) ? StaleRevisionException.lostRace(slug) : e;
        }
        return Response.ok(JSON.toJson(WorkflowDocument.of(saved)), MediaType.APPLICATION_JSON)
                .tag(tag(saved))
                .build();
    }

    @GET
    @Path("{slug}/workflow")
    public Response workflow(@PathParam("slug") String slug) {
        signedIn();
        RevisionView newest = desk.newestRevision(slug).orElseThrow(() -> new NoSuchArticleException(slug));
        return Response.ok(JSON.toJson(WorkflowDocument.of(newest))).build();
    }

    /**
     * {@code {"to": "submitted"|"under-review"|"approved"|"changes-requested"|"retired", "comment": …}} → 200 with
     * the workflow; 409 for a move the state does not allow, 403 for a missing role or a four-eyes breach.
     */
    @POST
    @Path("{slug}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transition(@PathParam("slug") String slug, String body) {
        Editor editor = signedIn();
        Transition transition = Transition.parse(body);
        RevisionView moved;
        try {
            moved = desk.move(slug, transition.to(), transition.comment(), editor);
        } catch (RuntimeException e) {
            throw LostRace.explains(e) ? EditorialDesk.movedAtTheSameMoment(slug) : e;
        }
        return Response.ok(JSON.toJson(WorkflowDocument.of(moved))).build();
    }

    private Editor signedIn() {
        Editor editor = Editors.of(security.getUserPrincipal(), security::isUserInRole);
        if (editor == null) {
            throw ProblemException.unauthorized();
        }
        return editor;
    }

    /** The body as text in the charset its Content-Type names (UTF-8 when it names none), strictly. */
    private String text(String file, byte[] body) throws ArticleFormatException {
        MediaType type = headers.getMediaType();
        String named = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        Charset charset;
        try {
            charset = named == null ? StandardCharsets.UTF_8 : Charset.forName(named);
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.badRequest("unknown charset '" + named + "': send the file as UTF-8");
        }
        return ArticleFiles.decode(file, body == null ? new byte[0] : body, charset);
    }

    private static EntityTag tag(RevisionView revision) {
        return EntityTag.valueOf(revision.etag());
    }

    /** Runs a call that parses an article file, turning its problems into a 400 that lists them by line. */
    private static RevisionView parsed(ParsingCall call) {
        try {
            return call.run();
        } catch (ArticleFormatException e) {
            throw new ProblemException(new Problem(
                    400,
                    "Bad Request",
                    "the article file has " + e.problems().size() + " problem(s); nothing was saved",
                    e.problems().stream()
                            .map(p -> new Problem.LineProblem(p.line(), p.message()))
                            .toList()));
        }
    }

    private interface ParsingCall {
        RevisionView run() throws ArticleFormatException;
    }

    private Response withValidators(String json) {
        EntityTag tag = new EntityTag(RenderedPage.digest(json));
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(json).tag(tag).cacheControl(cache).build();
    }
}
