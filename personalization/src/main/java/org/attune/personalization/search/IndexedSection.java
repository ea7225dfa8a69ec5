package org.attune.personalization.search;

import java.util.Map;
import java.util.Objects;

/**
 * One section of one article (or its bottom line) in the index, with its title and heading as each audience reads
 * them.
 *
 * @param ordinal    its place in the index: articles in the order given, then their sections, bottom line first
 * @param slug       the article's slug
 * @param anchor     the section's anchor, or {@link SearchIndex#BOTTOM_LINE_ANCHOR}
 * @param byAudience audience id → what that audience reads
 */
record IndexedSection(int ordinal, String slug, String anchor, Map<String, Titles> byAudience) {

    /** The article's title and the section's heading (null for the bottom line) as one audience reads them. */
    record Titles(String articleTitle, String heading) {
        Titles {
            Objects.requireNonNull(articleTitle, "article title");
        }
    }

    IndexedSection {
        byAudience = Map.copyOf(byAudience);
    }

    Titles titlesFor(String audience) {
        return byAudience.get(audience);
    }
}
