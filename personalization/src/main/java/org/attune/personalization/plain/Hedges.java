package org.attune.personalization.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.personalization.glossary.Inflection;

/**
 * The words that say how sure a statement is. Plain-language rules keep every one of them, in order: a patient
 * must read "may reduce pain" where the source says so, never "reduces pain".
 */
public final class Hedges {

    /** Single words, lower case. */
    public static final Set<String> WORDS = Set.of(
            "may",
            "might",
            "could",
            "probably",
            "possibly",
            "perhaps",
            "likely",
            "unlikely",
            "uncertain",
            "uncertainty",
            "unclear");

    private Hedges() {}

    public static boolean isHedge(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The hedge words of a text, lower-cased, in order. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        for (String word : Inflection.words(text)) {
            if (isHedge(word)) {
                found.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }
}
