package org.attune.web.editor;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.article.ArticleCatalog;
import org.attune.web.security.CsrfToken;
import org.attune.web.view.PageRenderer;

/**
 * {@code GET /editor}: the editors' home, for authors, reviewers and administrators only (web.xml): the articles
 * with their review status and last update.
 */
@WebServlet(urlPatterns = "/editor")
public class EditorServlet extends HttpServlet {

    @Inject
    ArticleCatalog catalog;

    @Inject
    PageRenderer pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.render(
                request,
                response,
                HttpServletResponse.SC_OK,
                "editor/list",
                Map.of(
                        "articles",
                        catalog.asAuthored(),
                        "editor",
                        new Editor(request.getUserPrincipal().getName(), CsrfToken.of(request))));
    }

    /** Who is signed in, and the token their forms carry. */
    public record Editor(String name, String csrf) {}
}
