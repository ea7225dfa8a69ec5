package org.attune.web.editor;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.publishing.EditorialDesk;
import org.attune.web.view.PageRenderer;

/**
 * {@code GET /editor}: the editors' home, for authors, reviewers and administrators only (the filter
 * {@code EditorAuthentication} sees to it): every article with its status, revision, author and next review, overdue
 * ones first.
 */
@WebServlet(urlPatterns = "/editor")
public class EditorServlet extends HttpServlet {

    @Inject
    EditorialDesk desk;

    @Inject
    PageRenderer pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.render(
                request,
                response,
                HttpServletResponse.SC_OK,
                "editor/list",
                Map.of("articles", desk.overview(), "editor", EditorRequest.of(request)));
    }
}
