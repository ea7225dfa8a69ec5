package org.attune.web.article;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.audience.AudienceResolver;
import org.attune.web.audience.ReaderAudience;
import org.attune.web.view.PageRenderer;
import org.attune.web.view.Redirect;

/** {@code GET /articles/{slug}}: one article in the reader's audience; an unknown slug is a 404 page. */
@WebServlet(urlPatterns = "/articles/*")
public class ArticleServlet extends HttpServlet {

    @Inject
    ArticleCatalog catalog;

    @Inject
    AudienceResolver audiences;

    @Inject
    PageRenderer pages;

    @Inject
    CanonicalUrls canonicalUrls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            Redirect.to(request, response, HttpServletResponse.SC_FOUND, "/");
            return;
        }
        ReaderAudience reader = audiences.resolve(request);
        String canonical = canonicalUrls.of(request);
        Optional<ArticlePage> page = catalog.page(path.substring(1), reader.active(), canonical);
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        pages.render(request, response, "article/page", Map.of("article", page.get(), "reader", reader));
    }
}
