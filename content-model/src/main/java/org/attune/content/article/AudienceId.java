package org.attune.content.article;

import java.util.regex.Pattern;

/**
 * What an audience id looks like. Which audiences a deployment offers is data (the personalization module's
 * audiences file); the content model only checks that an id is well formed, so an article may carry an override
 * for an audience one hospital offers and another does not ({@code > caregiver: ...}).
 */
public final class AudienceId {

    /** The width of the {@code audience} columns. */
    public static final int MAX_LENGTH = 32;

    /** The block-quote paragraph {@code > certainty: ...} is not an override; no audience may be called that. */
    public static final String RESERVED = "certainty";

    private static final Pattern WELL_FORMED = Pattern.compile("[a-z][a-z0-9-]*");

    private AudienceId() {}

    /** Lowercase letters, digits and hyphens, starting with a letter, at most {@link #MAX_LENGTH}, not "certainty". */
    public static boolean isWellFormed(String id) {
        return id != null
                && id.length() <= MAX_LENGTH
                && WELL_FORMED.matcher(id).matches()
                && !id.equals(RESERVED);
    }

    /** What {@link #isWellFormed} asks for, for error messages. */
    public static String expected() {
        return "lowercase letters, digits and hyphens, starting with a letter, at most " + MAX_LENGTH
                + " characters, not '" + RESERVED + "'";
    }
}
