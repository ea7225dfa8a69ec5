package org.attune.personalization.search;

/** Why a query was not searched, so the page can say what to do instead. */
public enum QueryProblem {
    /** Nothing was typed. */
    EMPTY,
    /** Longer than {@link SearchIndex#MAX_QUERY_LENGTH} characters. */
    TOO_LONG,
    /** No searchable word once punctuation and common words ("the", "of") are left out. */
    NO_WORDS
}
