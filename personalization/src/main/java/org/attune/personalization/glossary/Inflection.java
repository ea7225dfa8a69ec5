package org.attune.personalization.glossary;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.personalization.text.WordScanner;

/** Small, rule-based English inflection for glossary forms and replacements. */
public final class Inflection {

    private static final Set<String> INVARIANT = Set.of(
            "evidence",
            "care",
            "pain",
            "data",
            "series",
            "species",
            "news",
            "research",
            "education",
            "information",
            "advice",
            "equipment",
            "health");

    private Inflection() {}

    /** The words of a text as written: runs of letters and digits, apostrophes inside a word kept. */
    public static List<String> words(String text) {
        return WordScanner.words(text);
    }

    /** Plural of a phrase: its head noun inflected ("loss of fitness" becomes "losses of fitness"). */
    public static String pluralOfPhrase(String phrase) {
        String p = phrase.strip();
        int of = indexOfWord(p, " of ");
        if (of < 0) {
            of = indexOfWord(p, " for ");
        }
        if (of < 0) {
            of = indexOfWord(p, " that ");
        }
        if (of < 0) {
            of = indexOfWord(p, " with ");
        }
        String head = of < 0 ? p : p.substring(0, of);
        String tail = of < 0 ? "" : p.substring(of);
        int cut = Math.max(head.lastIndexOf(' '), head.lastIndexOf('-')) + 1;
        return head.substring(0, cut) + plural(head.substring(cut)) + tail;
    }

    private static int indexOfWord(String phrase, String word) {
        return phrase.indexOf(word);
    }

    /** Regular plural of one word; all-capital abbreviations take a plain "s". */
    public static String plural(String word) {
        if (word.isEmpty()) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (INVARIANT.contains(lower)) {
            return word;
        }
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return word + "s";
        }
        if (lower.endsWith("sis")) {
            return word.substring(0, word.length() - 2) + "es";
        }
        if (lower.endsWith("s")
                || lower.endsWith("x")
                || lower.endsWith("z")
                || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return word + "es";
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }
}
