package org.attune.web.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A query as typed, checked and cut into the words searched for. */
record Query(String text, QueryProblem problem, List<String> words) {

    static Query parse(String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return new Query("", QueryProblem.EMPTY, List.of());
        }
        String text = raw.strip();
        if (text.length() > maxLength) {
            return new Query(text.substring(0, maxLength), QueryProblem.TOO_LONG, List.of());
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : Words.folded(text)) {
            if (Words.isSearchable(word)) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return new Query(text, QueryProblem.NO_WORDS, List.of());
        }
        return new Query(text, null, List.copyOf(words));
    }
}
