package org.attune.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.personalization.glossary.Inflection;

/**
 * How search sees words: the engine's word rule (letters and digits, inner apostrophes kept), lower-cased, a
 * possessive "'s" dropped and a plural folded to its singular by simple rules. Text and query go through the same
 * folding, so the rules only need to be consistent, not perfect English.
 */
final class Words {

    /** Common words that carry no meaning for search. Medical words are never here. */
    private static final Set<String> STOP = Set.of("a", "about", "after", "again", "all", "also", "am", "an", "and",
            "any", "are", "as", "at", "be", "been", "before", "being", "both", "but", "by", "can", "could", "did", "do",
            "does", "doing", "during", "each", "few", "for", "from", "had", "has", "have", "having", "he", "her",
            "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may",
            "me", "might", "more", "most", "must", "my", "no", "nor", "not", "of", "off", "on", "once", "only", "or",
            "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
            "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through",
            "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
            "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours");

    private Words() {
    }

    /** One word of a text with its position. */
    record Token(int start, int end, String folded) {
    }

    /** The words of a text, folded, with their offsets. */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Inflection.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i = Inflection.wordEnd(text, start);
            tokens.add(new Token(start, i, fold(text.substring(start, i))));
        }
        return tokens;
    }

    /** The folded words of a text, in order. */
    static List<String> folded(String text) {
        return tokens(text).stream().map(Token::folded).toList();
    }

    /** Lower case, no possessive, singular. */
    static String fold(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return singular(w);
    }

    private static String singular(String w) {
        int n = w.length();
        if (n <= 3 || !w.endsWith("s")) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes") || w.endsWith("ches")
                || w.endsWith("shes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        return w.substring(0, n - 1);
    }

    /** A word worth searching for: not a common word, not a lone letter. */
    static boolean isSearchable(String folded) {
        if (STOP.contains(folded)) {
            return false;
        }
        return folded.length() > 1 || Character.isDigit(folded.charAt(0));
    }
}
