package org.attune.personalization.rewrite;

import org.attune.content.citation.CitationMarkers;

/** Citation markers ("[1]", "[1, 3]", "[2-4]"), read as {@link CitationMarkers} reads them. */
final class CitationSpans implements SpanScan {

    @Override
    public boolean mayStartWith(char c) {
        return c == '[';
    }

    @Override
    public int matchAt(String text, int start) {
        return CitationMarkers.end(text, start);
    }
}
