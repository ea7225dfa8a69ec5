package org.attune.web.api;

import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.attune.personalization.audience.AudienceProfile;
import org.attune.web.article.ArticleCatalog;
import org.attune.web.article.ArticleDocument;
import org.attune.web.audience.AudienceResolver;
import org.attune.web.view.RenderedPage;

/**
 * {@code GET /api/v1/articles} and {@code GET /api/v1/articles/{slug}?audience=…}: the articles as structured JSON,
 * read-only, no sign-in. The same texts as the pages, with an {@code ETag} (a digest of the exact JSON) answered
 * with 304, and {@code Cache-Control: no-cache} so a client always checks.
 */
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ArticleCatalog catalog;

    @Inject
    AudienceResolver audiences;

    @Context
    Request request;

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
