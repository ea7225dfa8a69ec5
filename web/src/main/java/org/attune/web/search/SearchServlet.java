package org.attune.web.search;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

import org.attune.personalization.search.SearchResults;
import org.attune.web.audience.ReaderAudience;
import org.attune.web.reader.ReaderPageServlet;
import org.attune.web.view.PageAddress;

/**
 * {@code GET /search?q=...}: articles and sections found by words in any audience's vocabulary, shown in the reader's
 * own audience. A missing, empty or meaningless query gets a page that says how to search, not an error.
 */
@WebServlet(urlPatterns = "/search", loadOnStartup = 4)
public class SearchServlet extends ReaderPageServlet {

    @Inject
    SearchIndexes indexes;

    @Override
    protected Optional<Page> page(PageAddress address, ReaderAudience reader) {
        String query = address.parameter("q");
        SearchResults results = indexes.current().search(query == null ? "" : query, reader.active());
        return Optional.of(new Page(
                "search/page", Map.of("results", results, "query", results.query() == null ? "" : results.query())));
    }

    /** The search index of the new content, built before anyone searches. */
    @Override
    protected void prepareAhead() {
        indexes.current();
    }
}
