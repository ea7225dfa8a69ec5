package org.attune.web.search;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a query: either a {@link QueryProblem} (and no hits), or the hits, best first (possibly none).
 *
 * @param query   the query as typed, trimmed (cut to {@link SearchIndex#MAX_QUERY_LENGTH} when too long)
 * @param problem why the query was not searched, or null when it was
 * @param hits    the matching sections, best first, at most {@link SearchIndex#MAX_HITS}
 */
public record SearchResults(String query, QueryProblem problem, List<SearchHit> hits) {

    public SearchResults {
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
        if (problem != null && !hits.isEmpty()) {
            throw new IllegalArgumentException("a query with a problem has no hits");
        }
    }

    static SearchResults problem(String query, QueryProblem problem) {
        return new SearchResults(query, Objects.requireNonNull(problem, "problem"), List.of());
    }

    static SearchResults found(String query, List<SearchHit> hits) {
        return new SearchResults(query, null, hits);
    }

    public boolean hasProblem() {
        return problem != null;
    }

    /** Searched, but nothing matched. */
    public boolean nothingFound() {
        return problem == null && hits.isEmpty();
    }
}
