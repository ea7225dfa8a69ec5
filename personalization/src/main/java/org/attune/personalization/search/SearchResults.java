package org.attune.personalization.search;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a query: either a {@link QueryProblem} (and no hits), or the hits, best first (possibly none).
 *
 * @param query      the query as typed, trimmed (cut to {@link SearchIndex#MAX_QUERY_LENGTH} when too long)
 * @param problem    why the query was not searched, or null when it was
 * @param hits       the matching sections, best first, at most {@link SearchIndex#MAX_HITS}
 * @param suggestion for "Did you mean …?": the query with its misspelt words corrected, when the hits are those of
 *                   the corrected query; null when no word was corrected
 */
public record SearchResults(String query, QueryProblem problem, List<SearchHit> hits, String suggestion) {

    public SearchResults {
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
        if (problem != null && (!hits.isEmpty() || suggestion != null)) {
            throw new IllegalArgumentException("a query with a problem has no hits and no suggestion");
        }
    }

    static SearchResults problem(String query, QueryProblem problem) {
        return new SearchResults(query, Objects.requireNonNull(problem, "problem"), List.of(), null);
    }

    static SearchResults found(String query, List<SearchHit> hits, String suggestion) {
        return new SearchResults(query, null, hits, suggestion);
    }

    public boolean hasProblem() {
        return problem != null;
    }

    /** Searched, but nothing matched. */
    public boolean nothingFound() {
        return problem == null && hits.isEmpty();
    }

    /** Some words were misspelt and corrected: the page can say "Did you mean {@link #suggestion}?". */
    public boolean hasSuggestion() {
        return suggestion != null;
    }
}
