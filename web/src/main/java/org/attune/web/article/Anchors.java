package org.attune.web.article;

import java.text.Normalizer;
import java.util.Locale;

/** Fragment identifiers shared by the article page, the glossary and search results. */
public final class Anchors {

    private Anchors() {
    }

    /** A section's anchor, from its authored heading, so it is the same in every audience's version. */
    public static String section(String heading) {
        return "section-" + slug(heading);
    }

    /** A glossary term's anchor on the glossary page and in an article's key terms. */
    public static String term(String term) {
        return "term-" + slug(term);
    }

    private static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "untitled" : slug;
    }
}
