package org.attune.personalization.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.personalization.glossary.Inflection;

/**
 * The words that turn a statement around. The matcher never lets a term span one of them, so a rewrite can never
 * drop or move a negation ("do not prescribe bed rest" stays "do not").
 */
public final class Negations {

    /** Single words, lower case; "do not" is covered by "not", contractions by their own entries. */
    public static final Set<String> WORDS = Set.of(
            "no",
            "not",
            "never",
            "without",
            "avoid",
            "avoids",
            "avoided",
            "avoiding",
            "none",
            "cannot",
            "against",
            "neither",
            "nor",
            "nothing",
            "nobody",
            "nowhere",
            "don't",
            "doesn't",
            "didn't",
            "isn't",
            "aren't",
            "wasn't",
            "weren't",
            "won't",
            "wouldn't",
            "shouldn't",
            "can't",
            "couldn't",
            "mustn't",
            "hasn't",
            "haven't",
            "hadn't",
            "lack",
            "lacks",
            "absent",
            "stop",
            "stops",
            "unless",
            "except",
            "instead",
            "rather");

    private Negations() {}

    public static boolean isNegation(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /** The negation words of a text, lower-cased, in order. */
    public static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        for (String word : Inflection.words(text)) {
            if (isNegation(word)) {
                found.add(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            }
        }
        return found;
    }
}
