package org.attune.personalization.rewrite;

import static org.attune.personalization.rewrite.PatternChars.digitsEnd;
import static org.attune.personalization.rewrite.PatternChars.isLetterOrDigitBefore;
import static org.attune.personalization.rewrite.PatternChars.isSpace;
import static org.attune.personalization.rewrite.PatternChars.isWordBefore;
import static org.attune.personalization.rewrite.PatternChars.spacesEnd;

/**
 * URLs and DOIs ("https://…", "www.…", "doi: …", "10.1038/…"): one scan that finds what this regular expression
 * finds, ASCII letters in any case:
 * <pre>
 * (\bhttps?://|\bwww\.|\bdoi:\s*|(?&lt;![\p{L}\d])10\.\d{4,9}/)[^\s&lt;&gt;"]*[^\s&lt;&gt;".,;:!?)\]]
 * </pre>
 * that is, a known start, then the run of characters up to white space, "&lt;", "&gt;" or a double quote, less any
 * trailing punctuation.
 */
final class UrlSpans implements SpanScan {

    private static final String NOT_IN_URL = "<>\"";
    private static final String NOT_AT_URL_END = ".,;:!?)]";

    @Override
    public boolean mayStartWith(char c) {
        return "hHwWdD1".indexOf(c) >= 0;
    }

    @Override
    public int matchAt(String text, int start) {
        int body = bodyStart(text, start);
        return body < 0 ? -1 : bodyEnd(text, body);
    }

    /** Where the address after a known start at {@code i} begins, or -1 when none starts at {@code i}. */
    private static int bodyStart(String text, int i) {
        switch (text.charAt(i)) {
            case 'h', 'H' -> {
                if (!startsWithIgnoringAsciiCase(text, i, "http") || isWordBefore(text, i)) {
                    return -1;
                }
                int colon = startsWithIgnoringAsciiCase(text, i + 4, "s") ? i + 5 : i + 4;
                return text.startsWith("://", colon) ? colon + 3 : -1;
            }
            case 'w', 'W' -> {
                return startsWithIgnoringAsciiCase(text, i, "www.") && !isWordBefore(text, i) ? i + 4 : -1;
            }
            case 'd', 'D' -> {
                return startsWithIgnoringAsciiCase(text, i, "doi:") && !isWordBefore(text, i)
                        ? spacesEnd(text, i + 4)
                        : -1;
            }
            case '1' -> {
                if (!text.startsWith("10.", i) || isLetterOrDigitBefore(text, i)) {
                    return -1;
                }
                int digits = digitsEnd(text, i + 3) - (i + 3);
                int slash = i + 3 + digits;
                return digits >= 4 && digits <= 9 && text.startsWith("/", slash) ? slash + 1 : -1;
            }
            default -> {
                return -1;
            }
        }
    }

    /** The end of the address that begins at {@code i}, trailing punctuation left out; -1 if it is empty. */
    private static int bodyEnd(String text, int i) {
        int run = i;
        while (run < text.length() && !isSpace(text.charAt(run)) && NOT_IN_URL.indexOf(text.charAt(run)) < 0) {
            run++;
        }
        while (run > i && NOT_AT_URL_END.indexOf(text.charAt(run - 1)) >= 0) {
            run--;
        }
        return run > i ? run : -1;
    }

    /** As {@code (?i)} without Unicode case compares: only ASCII letters are folded ({@code word} is lower case). */
    private static boolean startsWithIgnoringAsciiCase(String text, int i, String word) {
        if (i + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(i + k);
            if (c != word.charAt(k) && !(c >= 'A' && c <= 'Z' && (char) (c + 32) == word.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
