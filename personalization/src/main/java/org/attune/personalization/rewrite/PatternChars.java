package org.attune.personalization.rewrite;

/**
 * The character classes of the protected-span scanners, read exactly as {@code java.util.regex} reads them in the
 * patterns they replace (without {@code UNICODE_CHARACTER_CLASS}): {@code \s} and {@code \d} are ASCII only,
 * {@code \p{L}} is a letter as a whole code point, and a one-character look-behind looks at a single UTF-16 unit.
 */
final class PatternChars {

    private PatternChars() {}

    /** {@code \s}: space, tab, line feed, vertical tab, form feed or carriage return. */
    static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** {@code \d}: an ASCII digit. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether an ASCII digit stands at {@code i}. */
    static boolean isDigitAt(String text, int i) {
        return i < text.length() && isDigit(text.charAt(i));
    }

    /** The end of the run of {@code \s} that starts at {@code i} ({@code \s*}). */
    static int spacesEnd(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the run of ASCII digits that starts at {@code i} ({@code \d*}). */
    static int digitsEnd(String text, int i) {
        while (isDigitAt(text, i)) {
            i++;
        }
        return i;
    }

    /** {@code \p{L}} at {@code i}. */
    static boolean isLetterAt(String text, int i) {
        return i < text.length() && Character.isLetter(text.codePointAt(i));
    }

    /** The end of the run of letters that starts at {@code i} ({@code \p{L}*}). */
    static int lettersEnd(String text, int i) {
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** {@code [\p{L}\d]} at {@code i}: what the look-ahead {@code (?![\p{L}\d])} rules out. */
    static boolean isLetterOrDigitAt(String text, int i) {
        return i < text.length() && (isDigit(text.charAt(i)) || Character.isLetter(text.codePointAt(i)));
    }

    /**
     * {@code [\p{L}\d]} just before {@code i}, as the look-behind {@code (?<![\p{L}\d])} sees it: one UTF-16 unit,
     * so a letter outside the Basic Multilingual Plane does not count.
     */
    static boolean isLetterOrDigitBefore(String text, int i) {
        if (i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        return isDigit(c) || Character.isLetter(c);
    }

    /**
     * Whether a word character ends just before {@code i}, as {@code \b} sees it: a letter, digit or underscore (a
     * whole code point), or a non-spacing mark that follows one.
     */
    static boolean isWordBefore(String text, int i) {
        if (i == 0) {
            return false;
        }
        int c = text.codePointBefore(i);
        if (c == '_' || Character.isLetterOrDigit(c)) {
            return true;
        }
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
            return false;
        }
        for (int k = i - 1; k >= 0; k--) {
            int base = text.codePointAt(k);
            if (Character.isLetterOrDigit(base)) {
                return true;
            }
            if (Character.getType(base) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }
}
