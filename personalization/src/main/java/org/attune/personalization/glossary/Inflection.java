package org.attune.personalization.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small, rule-based English inflection for glossary forms and replacements. */
public final class Inflection {

    private static final Set<String> INVARIANT = Set.of("evidence", "care", "pain", "data", "series",
            "species", "news", "research", "education", "information", "advice", "equipment", "health");

    private Inflection() {
    }

    /** The words of a text: runs of letters and digits, apostrophes inside a word kept. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i = wordEnd(text, start);
            words.add(text.substring(start, i));
        }
        return words;
    }

    /**
     * Where the word that starts at {@code start} (a letter or digit) ends: the one definition of a word that the
     * matcher, the rewriter and search share. Letters and digits, and an apostrophe between two of them ("patient's").
     */
    public static int wordEnd(String text, int start) {
        int i = start;
        int n = text.length();
        while (i < n && (isWordChar(text.charAt(i))
                || isApostrophe(text.charAt(i)) && i > start && i + 1 < n && isWordChar(text.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
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
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return word + "es";
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }
}
