package org.attune.web.article;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.audience.ReaderAudience;
import org.attune.web.view.ReaderPageServlet;
import org.attune.web.view.Redirect;

/** {@code GET /articles/{slug}}: one article in the reader's audience; an unknown slug is a 404 page. */
@WebServlet(urlPatterns = "/articles/*")
public class ArticleServlet extends ReaderPageServlet {

    @Inject
    ArticleCatalog catalog;

    @Inject
    CanonicalUrls canonicalUrls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            Redirect.to(request, response, HttpServletResponse.SC_FOUND, "/");
            return;
        }
        super.doGet(request, response);
    }

    @Override
    protected Optional<Page> page(HttpServletRequest request, ReaderAudience reader) {
        return catalog.page(request.getPathInfo().substring(1), reader.active(), canonicalUrls.of(request))
                .map(article -> new Page("article/page", Map.of("article", article)));
    }
}
