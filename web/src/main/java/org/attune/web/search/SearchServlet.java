package org.attune.web.search;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.audience.AudienceResolver;
import org.attune.web.audience.ReaderAudience;
import org.attune.web.view.PageRenderer;

/**
 * {@code GET /search?q=...}: articles and sections found by words in any audience's vocabulary, shown in the reader's
 * own audience. A missing, empty or meaningless query gets a page that says how to search, not an error.
 */
@WebServlet(urlPatterns = "/search")
public class SearchServlet extends HttpServlet {

    @Inject
    SearchIndexes indexes;

    @Inject
    AudienceResolver resolver;

    @Inject
    PageRenderer pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReaderAudience reader = resolver.resolve(request);
        String query = request.getParameter("q");
        SearchResults results = indexes.current().search(query == null ? "" : query, reader.active());
        pages.render(request, response, "search/page",
                Map.of("results", results, "query", results.query() == null ? "" : results.query(), "reader", reader));
    }
}
