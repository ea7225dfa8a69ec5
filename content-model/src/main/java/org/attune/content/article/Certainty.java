package org.attune.content.article;

import java.util.Locale;

/**
 * How sure the evidence behind a statement is, on the GRADE scale that systematic reviews and guidelines use. An
 * author marks it per block ({@code > certainty: moderate} in the authoring format); readers see it as a badge, and
 * patients also read it in words.
 */
public enum Certainty {
    HIGH,
    MODERATE,
    LOW,
    VERY_LOW;

    /** As an author writes it: {@code high}, {@code moderate}, {@code low} or {@code very low}. */
    public String written() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Reads the written form (case and spacing ignored, "very-low" accepted); unknown words are an error. */
    public static Certainty parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
        for (Certainty c : values()) {
            if (c.written().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException(
                "unknown certainty '" + text.strip() + "' (high, moderate, low or very low)");
    }
}
