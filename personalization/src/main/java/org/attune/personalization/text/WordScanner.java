package org.attune.personalization.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's one definition of a word, and a walk over the words of a text. A word is a run of letters and
 * digits, with an apostrophe kept between two of them ("patient's", "heat’s"); everything else separates words.
 * The term matcher, the glossary and search all cut text with this class, so a word found by one is a word for the
 * others, at the same offsets.
 *
 * <p>Use: {@code for (WordScanner w = new WordScanner(text); w.next(); ) { ... w.start() ... w.end() ... }}. A
 * scanner is a cursor over one text and is not thread-safe; the static methods are.
 */
public final class WordScanner {

    /** {@link Character#isLetterOrDigit} for each ASCII character, looked up rather than worked out. */
    private static final boolean[] ASCII_WORD_CHARS = new boolean[128];

    static {
        for (char c = 0; c < ASCII_WORD_CHARS.length; c++) {
            ASCII_WORD_CHARS[c] = Character.isLetterOrDigit(c);
        }
    }

    private final CharSequence text;
    private int start;
    private int end;

    public WordScanner(CharSequence text) {
        this.text = text;
    }

    /** Moves to the next word; false when there is none left. */
    public boolean next() {
        int i = end;
        int n = text.length();
        while (i < n && !isWordChar(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            start = n;
            end = n;
            return false;
        }
        start = i;
        end = wordEnd(text, i);
        return true;
    }

    /** Offset of the current word's first character. */
    public int start() {
        return start;
    }

    /** Offset after the current word's last character. */
    public int end() {
        return end;
    }

    /** The current word as written. */
    public String word() {
        return text.subSequence(start, end).toString();
    }

    /** The words of a text as written, in order. */
    public static List<String> words(CharSequence text) {
        List<String> words = new ArrayList<>();
        for (WordScanner scanner = new WordScanner(text); scanner.next(); ) {
            words.add(scanner.word());
        }
        return words;
    }

    /** Where the word that starts at {@code start} (a letter or digit) ends. */
    public static int wordEnd(CharSequence text, int start) {
        int i = start;
        int n = text.length();
        while (i < n
                && (isWordChar(text.charAt(i))
                        || isApostrophe(text.charAt(i)) && i > start && i + 1 < n && isWordChar(text.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    public static boolean isWordChar(char c) {
        return c < ASCII_WORD_CHARS.length ? ASCII_WORD_CHARS[c] : Character.isLetterOrDigit(c);
    }

    /** A straight or a typographic apostrophe. */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** A hyphen, a Unicode hyphen or a non-breaking hyphen (not a dash). */
    public static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /**
     * Whether a term may run on from one word to the next across {@code text[from, to)}, the gap between them: a
     * single hyphen, or white space only (line breaks too). Any other punctuation ends a term.
     */
    public static boolean joins(CharSequence text, int from, int to) {
        if (to - from == 1 && isHyphen(text.charAt(from))) {
            return true;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return to > from;
    }
}
