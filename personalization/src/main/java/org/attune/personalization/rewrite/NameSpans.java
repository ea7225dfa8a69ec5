package org.attune.personalization.rewrite;

import static org.attune.personalization.rewrite.PatternChars.isLetterOrDigitAt;
import static org.attune.personalization.rewrite.PatternChars.isLetterOrDigitBefore;
import static org.attune.personalization.rewrite.PatternChars.spacesEnd;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Proper names from a list ("American College of Physicians"), as whole words in any case, a space in a name
 * standing for any run of white space. One scan that finds what the alternation of the names finds, longest name
 * first, with {@code CASE_INSENSITIVE | UNICODE_CASE}:
 * {@code (?<![\p{L}\d])(name1|name2|…)(?![\p{L}\d])}. Immutable and thread-safe.
 */
final class NameSpans implements SpanScan {

    /** The names in the order they are tried, each as its characters case-folded. */
    private final char[][] names;
    /**
     * For each ASCII character, the names, in the order tried, whose folded first character is that one: the only
     * names that can start where the text has that character, once folded. (At any other character all are tried.)
     */
    private final char[][][] byFirstChar = new char[128][][];

    NameSpans(List<String> listed) {
        List<String> sorted = listed.stream()
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        this.names = new char[sorted.size()][];
        for (int k = 0; k < names.length; k++) {
            names[k] = sorted.get(k).toCharArray();
            for (int c = 0; c < names[k].length; c++) {
                names[k][c] = fold(names[k][c]);
            }
        }
        for (char c = 0; c < byFirstChar.length; c++) {
            char first = c;
            byFirstChar[c] =
                    Arrays.stream(names).filter(name -> name[0] == first).toArray(char[][]::new);
        }
    }

    @Override
    public boolean mayStartWith(char c) {
        if (c < byFirstChar.length) {
            return byFirstChar[fold(c)].length > 0;
        }
        return Arrays.stream(names).anyMatch(name -> sameLetter(name[0], c));
    }

    @Override
    public boolean needsNoLetterOrDigitBefore() {
        return true;
    }

    /** The end of the first name, in the order tried, that stands at {@code start} as whole words; or -1. */
    @Override
    public int matchAt(String text, int start) {
        if (isLetterOrDigitBefore(text, start)) {
            return -1;
        }
        char first = text.charAt(start);
        for (char[] name : first < 128 ? byFirstChar[fold(first)] : names) {
            if (!secondLetterMayMatch(name, text, start)) {
                continue;
            }
            int end = nameEnd(name, 0, text, start);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    /**
     * Matches {@code name[from..]} at {@code at}: its end, followed by no letter or digit, or -1. A run of spaces in
     * the name takes as much white space as it can and gives back what the rest of the name needs.
     */
    private static int nameEnd(char[] name, int from, String text, int at) {
        int i = at;
        for (int k = from; k < name.length; k++) {
            if (name[k] == ' ') {
                int spaces = 1;
                while (k + spaces < name.length && name[k + spaces] == ' ') {
                    spaces++;
                }
                for (int end = spacesEnd(text, i); end - i >= spaces; end--) {
                    int rest = nameEnd(name, k + spaces, text, end);
                    if (rest >= 0) {
                        return rest;
                    }
                }
                return -1;
            }
            if (i >= text.length() || !sameLetter(name[k], text.charAt(i))) {
                return -1;
            }
            i++;
        }
        return isLetterOrDigitAt(text, i) ? -1 : i;
    }

    /** A quick look at the name's second character before a full match: false only where the match must fail. */
    private static boolean secondLetterMayMatch(char[] name, String text, int start) {
        return name.length < 2
                || name[1] == ' '
                || start + 1 < text.length() && sameLetter(name[1], text.charAt(start + 1));
    }

    /** As a {@code UNICODE_CASE} pattern compares: the text's character, or its case-folded form, is the name's. */
    private static boolean sameLetter(char folded, char c) {
        return c == folded || fold(c) == folded;
    }

    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
