package org.attune.web.article;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.view.PageRenderer;

/** {@code GET /articles/{slug}}: one article; an unknown slug is a 404 page. */
@WebServlet(urlPatterns = "/articles/*")
public class ArticleServlet extends HttpServlet {

    @Inject
    ArticleCatalog catalog;

    @Inject
    PageRenderer pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        Optional<ArticlePage> page = catalog.page(path.substring(1));
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        pages.render(request, response, HttpServletResponse.SC_OK, "article/page", Map.of("article", page.get()));
    }
}
