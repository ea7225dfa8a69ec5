package org.attune.personalization.rewrite;

import java.util.List;
import java.util.Locale;

/** "a" or "an" before a word, by its sound as far as spelling tells. */
final class IndefiniteArticle {

    private static final List<String> CONSONANT_SOUND = List.of("uni", "use", "usu", "uti", "ura", "uro", "ure",
            "eu", "ewe", "one", "once", "ubiq", "unan", "uk");
    private static final List<String> VOWEL_SOUND = List.of("hour", "honest", "honor", "honour", "heir");
    private static final String VOWEL_LETTER_NAMES = "AEFHILMNORSX";

    private IndefiniteArticle() {
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
