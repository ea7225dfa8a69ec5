package org.attune.personalization.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A query as typed, checked and cut into the words searched for (folded, common words left out), each with where it
 * stands in the text so that a corrected query can be written back.
 *
 * @param text    the query as typed, trimmed (cut to the longest length allowed when too long)
 * @param problem why the query is not searched, or null
 * @param words   the searchable words in order, repeats included
 */
record ParsedQuery(String text, QueryProblem problem, List<Word> words) {

    /** One searchable word of the query: folded, and where it stands in the text. */
    record Word(String folded, int start, int end) {}

    static ParsedQuery parse(String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return new ParsedQuery("", QueryProblem.EMPTY, List.of());
        }
        String text = raw.strip();
        if (text.length() > maxLength) {
            return new ParsedQuery(text.substring(0, maxLength), QueryProblem.TOO_LONG, List.of());
        }
        List<Word> words = SearchAnalyzer.forQueries().tokens(text).stream()
                .map(t -> new Word(t.term(), t.start(), t.end()))
                .toList();
        return new ParsedQuery(text, words.isEmpty() ? QueryProblem.NO_WORDS : null, words);
    }

    ParsedQuery {
        words = List.copyOf(words);
    }

    /** The distinct folded words, in order of first use. */
    List<String> distinctWords() {
        Set<String> distinct = new LinkedHashSet<>();
        words.forEach(w -> distinct.add(w.folded()));
        return List.copyOf(distinct);
    }

    /** The query text with every use of a corrected word replaced by its correction. */
    String corrected(Map<String, String> corrections) {
        StringBuilder out = new StringBuilder(text);
        for (int i = words.size() - 1; i >= 0; i--) {
            Word word = words.get(i);
            String correction = corrections.get(word.folded());
            if (correction != null) {
                out.replace(word.start(), word.end(), correction);
            }
        }
        return out.toString();
    }
}
