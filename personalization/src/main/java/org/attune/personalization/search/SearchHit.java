package org.attune.personalization.search;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One matching section, in the reader's audience.
 *
 * @param articleSlug    the article's slug, for its link
 * @param articleTitle   the article's title as the reader's audience reads it
 * @param sectionHeading the section's heading as the reader's audience reads it; null when the hit is the bottom line
 * @param sectionAnchor  the fragment of the section on the article page ({@code section-…}), or {@code bottom-line}
 * @param snippet        the matching text as consecutive pieces, matched words flagged
 */
public record SearchHit(
        String articleSlug, String articleTitle, String sectionHeading, String sectionAnchor, List<Snippet> snippet) {

    public SearchHit {
        Objects.requireNonNull(articleSlug, "article slug");
        Objects.requireNonNull(articleTitle, "article title");
        Objects.requireNonNull(sectionAnchor, "section anchor");
        snippet = List.copyOf(snippet);
    }

    public boolean isBottomLine() {
        return sectionHeading == null;
    }

    /** The snippet as one plain string. */
    public String snippetText() {
        return snippet.stream().map(Snippet::text).collect(Collectors.joining());
    }

    /** The flagged pieces, in order. */
    public List<String> matchedPieces() {
        return snippet.stream().filter(Snippet::match).map(Snippet::text).toList();
    }
}
