package org.attune.personalization.rewrite;

import java.util.Arrays;
import java.util.Locale;

import org.attune.personalization.glossary.GlossaryEntry;

/**
 * Where a text defines an abbreviation in square brackets, inside a parenthesis of statistics: "(hazard ratio [HR]:
 * 0.30)", "(95% confidence interval [CI] = 25.5–31.8)". Both stay as written for every audience: spelled out, the abbreviation would repeat its own term ("hazard ratio
 * [hazard ratio]"); with the term replaced, it would no longer match its letters ("margin of error [CI]").
 */
final class DefinitionSites {

    private DefinitionSites() {}

    static boolean at(String text, TermMatch m) {
        return termBeforeItsAbbreviation(text, m) || abbreviationAfterItsTerm(text, m);
    }

    /**
     * "hazard ratio [HR]": the match is the term, its abbreviation in square brackets right after it (an abbreviation
     * in round brackets is a definition {@link DefinedAcronyms} reads).
     */
    private static boolean termBeforeItsAbbreviation(String text, TermMatch m) {
        int i = skipSpaces(text, m.end());
        if (i >= text.length() || text.charAt(i) != '[') {
            return false;
        }
        int end = text.indexOf(']', i + 1);
        if (end < 0) {
            return false;
        }
        String inside = text.substring(i + 1, end).strip();
        return m.entry().forms().stream()
                        .anyMatch(f -> f.abbreviation() && f.text().equals(inside))
                || initialsOf(m.surface()).equals(inside);
    }

    /** "CI" for "confidence interval", "HR" for "hazard ratio": the first letters of its words, in capitals. */
    static String initialsOf(String words) {
        StringBuilder initials = new StringBuilder();
        for (String word : words.split("[\\s-]+")) {
            if (!word.isEmpty()) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.length() < 2 ? "" : initials.toString();
    }

    /** "[HR]" after "hazard ratio": the match is the abbreviation, in brackets right after its term. */
    private static boolean abbreviationAfterItsTerm(String text, TermMatch m) {
        if (!m.form().abbreviation() || m.start() == 0) {
            return false;
        }
        if (text.charAt(m.start() - 1) != '[') {
            return false;
        }
        int i = m.start() - 1;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        String before = text.substring(0, i).toLowerCase(Locale.ROOT);
        GlossaryEntry entry = m.entry();
        if (entry.forms().stream()
                .filter(f -> !f.abbreviation())
                .anyMatch(f -> before.endsWith(f.text().toLowerCase(Locale.ROOT)))) {
            return true;
        }
        String[] words = before.split("[\\s-]+");
        int letters = m.surface().length();
        if (words.length < letters) {
            return false;
        }
        String last = String.join(" ", Arrays.copyOfRange(words, words.length - letters, words.length));
        return initialsOf(last).equals(m.surface());
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
