package org.attune.personalization.search;

import java.util.List;
import java.util.Set;

/**
 * One block as the reader reads it, with where the highlighter found the searched terms in it: words, and the
 * tokens of the synonym groups it mentions (a token's match covers the whole mention, "electrical nerve
 * stimulation").
 *
 * @param text    the block's text, lead-in included, without citation markers
 * @param matches the terms found, in order of offset
 */
record HighlightedBlock(String text, List<Match> matches) {

    /** One term found in the text. */
    record Match(int start, int end, String term) {}

    HighlightedBlock {
        matches = List.copyOf(matches);
    }

    boolean has(String term) {
        return matches.stream().anyMatch(m -> m.term().equals(term));
    }

    boolean hasAny(Set<String> terms) {
        return matches.stream().anyMatch(m -> terms.contains(m.term()));
    }

    List<Match> matchesOf(Set<String> terms) {
        return matches.stream().filter(m -> terms.contains(m.term())).toList();
    }
}
