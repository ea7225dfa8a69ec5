package org.attune.web.account;

/**
 * The name readers are shown for a person who reviewed or wrote an article — "Dr. Ana Ruiz, MD" — instead of the
 * username they sign in with. It is what its person or an administrator typed: any letters, up to
 * {@value #MAX_LENGTH} characters, no control characters; every page and the JSON-LD escape it.
 */
public final class DisplayNames {

    /** Longest display name, in characters (the column holds as many). */
    public static final int MAX_LENGTH = 200;

    private DisplayNames() {}

    /** The name as kept: trimmed, and null for a blank one (no display name). */
    public static String normalise(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typed.strip();
    }

    /** True when {@code typed} may be kept as a display name (blank is, and removes it). */
    public static boolean isValid(String typed) {
        String name = normalise(typed);
        return name == null || (name.length() <= MAX_LENGTH && name.codePoints().noneMatch(Character::isISOControl));
    }
}
