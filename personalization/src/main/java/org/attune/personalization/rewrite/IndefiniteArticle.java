package org.attune.personalization.rewrite;

import java.util.List;
import java.util.Locale;

/** "a" or "an" before a word, by its sound as far as spelling tells, and its correction at the end of a text. */
public final class IndefiniteArticle {

    private static final List<String> CONSONANT_SOUND =
            List.of("uni", "use", "usu", "uti", "ura", "uro", "ure", "eu", "ewe", "one", "once", "ubiq", "unan", "uk");
    private static final List<String> VOWEL_SOUND = List.of("hour", "honest", "honor", "honour", "heir");
    private static final String VOWEL_LETTER_NAMES = "AEFHILMNORSX";

    private IndefiniteArticle() {}

    /**
     * A text that ends with "a" or "an" (any first-letter case, as a whole word) and white space, with the article
     * made right for the phrase that will follow; the text itself when it does not end so or the article is right.
     * It does what {@code (?:^|(?<=[^\p{L}\d]))([Aa]n?)(\s+)$} and a replacement of the match did: {@code \s} is
     * ASCII white space, and one line separator (U+0085, U+2028, U+2029) after the white space ends the text as
     * {@code $} allows, and is dropped with the match (kept so, for output identical to the expression's).
     */
    public static String correctedBefore(String text, String phrase) {
        int stop = text.length();
        if (stop > 0 && "\u0085\u2028\u2029".indexOf(text.charAt(stop - 1)) >= 0) {
            stop--;
        }
        int spaces = stop;
        while (spaces > 0 && PatternChars.isSpace(text.charAt(spaces - 1))) {
            spaces--;
        }
        int start = articleStart(text, spaces);
        if (spaces == stop || start < 0) {
            return text;
        }
        String written = text.substring(start, spaces);
        String wanted = before(phrase);
        if (written.equalsIgnoreCase(wanted)) {
            return text;
        }
        String fixed = Character.isUpperCase(written.charAt(0))
                ? Character.toUpperCase(wanted.charAt(0)) + wanted.substring(1)
                : wanted;
        return text.substring(0, start) + fixed + text.substring(spaces, stop);
    }

    /** Where the word "a", "A", "an" or "An" that ends at {@code end} starts, or -1. */
    private static int articleStart(String text, int end) {
        int start = end >= 2 && text.charAt(end - 1) == 'n' ? end - 2 : end - 1;
        if (start < 0 || text.charAt(start) != 'a' && text.charAt(start) != 'A') {
            return -1;
        }
        return PatternChars.isLetterOrDigitBefore(text, start) ? -1 : start;
    }

    /** "a" or "an" for the phrase's first word. */
    static String before(String phrase) {
        String word = phrase.strip();
        int end = 0;
        while (end < word.length() && Character.isLetterOrDigit(word.charAt(end))) {
            end++;
        }
        word = word.substring(0, end);
        if (word.isEmpty()) {
            return "a";
        }
        if (TermMatcher.isAcronym(word)) {
            return VOWEL_LETTER_NAMES.indexOf(word.charAt(0)) >= 0 ? "an" : "a";
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (CONSONANT_SOUND.stream().anyMatch(lower::startsWith)) {
            return "a";
        }
        if (VOWEL_SOUND.stream().anyMatch(lower::startsWith)) {
            return "an";
        }
        if (Character.isDigit(lower.charAt(0))) {
            return lower.startsWith("8") || lower.startsWith("11") || lower.startsWith("18") ? "an" : "a";
        }
        return "aeiou".indexOf(lower.charAt(0)) >= 0 ? "an" : "a";
    }
}
