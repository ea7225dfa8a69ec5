package org.attune.personalization.rewrite;

import java.util.List;

import org.attune.content.citation.CitationMarkers;

/** Citation markers ("[1]", "[1, 3]", "[2-4]"), read as {@link CitationMarkers} reads them. */
final class CitationSpans {

    private CitationSpans() {
    }

    /** Adds the citation-marker spans of a text, left to right. */
    static void collect(String text, List<ProtectedSpans.Span> into) {
        int i = text.indexOf('[');
        while (i >= 0) {
            int end = CitationMarkers.end(text, i);
            if (end > i) {
                into.add(new ProtectedSpans.Span(i, end));
            }
            i = text.indexOf('[', Math.max(end, i + 1));
        }
    }
}
