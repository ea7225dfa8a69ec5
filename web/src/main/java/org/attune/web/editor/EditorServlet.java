package org.attune.web.editor;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.content.workflow.WorkflowState;
import org.attune.web.publishing.DeskRow;
import org.attune.web.publishing.EditorialDesk;
import org.attune.web.publishing.EditorialSettings;
import org.attune.web.view.PageRenderer;

/**
 * {@code GET /editor}: the editors' home, for authors, reviewers and administrators only (the filter
 * {@code EditorAuthentication} sees to it): what waits for this editor, then every article (or those the filters in
 * the query string keep, {@link DeskFilter}) with what readers see, its newest revision, author and next review,
 * overdue ones first, a page at a time.
 */
@WebServlet(urlPatterns = "/editor")
public class EditorServlet extends HttpServlet {

    @Inject
    EditorialDesk desk;

    @Inject
    EditorialSettings settings;

    @Inject
    PageRenderer pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EditorRequest editor = EditorRequest.of(request);
        List<DeskRow> rows = desk.overview();
        DeskQueue queue = DeskQueue.of(rows, editor.editor(), settings.today(), DeskFilter.of(request));
        pages.render(
                request,
                response,
                HttpServletResponse.SC_OK,
                "editor/list",
                Map.of(
                        "queue",
                        queue,
                        "authors",
                        DeskQueue.authors(rows),
                        "states",
                        Arrays.stream(WorkflowState.values())
                                .map(WorkflowState::code)
                                .toList(),
                        "editor",
                        editor));
    }
}
