package org.attune.personalization.rewrite;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.personalization.text.WordScanner;

/**
 * Keeps a plain wording from doubling the words around it: its own article after the text's ("an MBSR programme"
 * would read "an a mindfulness and relaxation program programme") and its head noun before the same noun ("…
 * program programme"). Program and programme, and a noun and its plural, count as the same.
 */
final class DoubledWords {

    /**
     * Words that, ending the text before a wording, make the wording's own article one too many. Not "that" nor
     * "one", which also stand before a clause or on their own ("showed that a … program helped").
     */
    private static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "this", "these", "those", "each", "every", "any", "its", "their", "his", "her", "our",
            "your", "my");

    private static final List<String> ARTICLES = List.of("a ", "an ", "the ");

    private DoubledWords() {}

    /** The wording without its leading article when the text before it ends with a determiner; else the wording. */
    static String withoutDoubledArticle(String textBefore, String wording) {
        for (String article : ARTICLES) {
            if (wording.startsWith(article) && endsWithDeterminer(textBefore)) {
                return wording.substring(article.length());
            }
        }
        return wording;
    }

    /**
     * The wording without its last word when that word is the noun that follows the term in the text ("… program"
     * before "programme"); null when the wording is that one word only (the term is then best kept as written).
     */
    static String withoutDoubledHead(String wording, String text, int end) {
        List<String> words = WordScanner.words(wording);
        if (words.isEmpty() || !same(words.get(words.size() - 1), nextWord(text, end))) {
            return wording;
        }
        if (words.size() == 1) {
            return null;
        }
        return wording.substring(0, wording.lastIndexOf(words.get(words.size() - 1)))
                .stripTrailing();
    }

    private static boolean endsWithDeterminer(String text) {
        String stripped = text.stripTrailing();
        int i = stripped.length();
        while (i > 0 && Character.isLetter(stripped.charAt(i - 1))) {
            i--;
        }
        return i < stripped.length()
                && DETERMINERS.contains(stripped.substring(i).toLowerCase(Locale.ROOT));
    }

    private static String nextWord(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i == end || i >= text.length() || !Character.isLetter(text.charAt(i))) {
            return null;
        }
        return text.substring(i, WordScanner.wordEnd(text, i));
    }

    private static boolean same(String a, String b) {
        return b != null && normal(a).equals(normal(b));
    }

    private static String normal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("programmes")) {
            w = w.substring(0, w.length() - 4) + "s";
        } else if (w.endsWith("programme")) {
            w = w.substring(0, w.length() - 2);
        }
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
}
