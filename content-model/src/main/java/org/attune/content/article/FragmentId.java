package org.attune.content.article;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Fragment identifiers ({@code #section-…}, {@code #term-…}) made from authored text: ASCII letters and digits
 * joined by single hyphens, so the same heading or term gives the same anchor in every audience's version.
 */
public final class FragmentId {

    private FragmentId() {}

    /** {@code prefix-slug}, e.g. {@code of("section", "Primary Therapeutic Goals")} → {@code section-primary-therapeutic-goals}. */
    public static String of(String prefix, String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return prefix + "-" + (slug.isEmpty() ? "untitled" : slug);
    }
}
