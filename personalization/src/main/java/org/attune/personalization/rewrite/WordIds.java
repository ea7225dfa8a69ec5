package org.attune.personalization.rewrite;

import java.util.Locale;

/**
 * The distinct words of the glossary's forms, normalised (lower case, typographic apostrophe straightened), each
 * numbered from 0. A word of a text is looked up where it stands, folded character by character as it is hashed and
 * compared, so the scan allocates nothing for it; only a word with a character beyond Latin-1 (other than the
 * apostrophe) is cut out and normalised as a string, since its lower case may differ in length or depend on context.
 * Not thread-safe while words are added; read-only use is.
 */
final class WordIds {

    private String[] words = new String[64];
    private int[] hashes = new int[64];
    private int[] ids = new int[64];
    private int count;

    /** A word as the glossary and the scan compare it: lower case, typographic apostrophe straightened. */
    static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** The id of a normalised word, numbering it if it is new. */
    int add(String normalWord) {
        int found = find(normalWord, 0, normalWord.length(), normalWord.hashCode(), false);
        if (found >= 0) {
            return found;
        }
        if (2 * (count + 1) > words.length) {
            grow();
        }
        put(normalWord, normalWord.hashCode(), count);
        return count++;
    }

    /** The id of the word {@code text[start, end)} once normalised, or -1 when no form has that word. */
    int find(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            int c = folded(text.charAt(i));
            if (c < 0) {
                String word = normal(text.substring(start, end));
                return find(word, 0, word.length(), word.hashCode(), false);
            }
            hash = 31 * hash + c;
        }
        return find(text, start, end, hash, true);
    }

    /**
     * {@code c} as {@link #normal} turns it when it stands in a word: the same for every character up to U+00FF
     * (lower case is one character there) and for the typographic apostrophe; -1 for any other.
     */
    private static int folded(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        if (c <= 0xff) {
            return Character.toLowerCase(c);
        }
        return c == '\u2019' ? '\'' : -1;
    }

    private int find(String text, int start, int end, int hash, boolean fold) {
        int mask = words.length - 1;
        for (int slot = spread(hash) & mask; words[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && sameWord(words[slot], text, start, end, fold)) {
                return ids[slot];
            }
        }
        return -1;
    }

    private static boolean sameWord(String word, String text, int start, int end, boolean fold) {
        if (word.length() != end - start) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(start + k);
            if (word.charAt(k) != (fold ? folded(c) : c)) {
                return false;
            }
        }
        return true;
    }

    private void put(String word, int hash, int id) {
        int mask = words.length - 1;
        int slot = spread(hash) & mask;
        while (words[slot] != null) {
            slot = (slot + 1) & mask;
        }
        words[slot] = word;
        hashes[slot] = hash;
        ids[slot] = id;
    }

    private void grow() {
        String[] oldWords = words;
        int[] oldHashes = hashes;
        int[] oldIds = ids;
        words = new String[oldWords.length * 2];
        hashes = new int[words.length];
        ids = new int[words.length];
        for (int slot = 0; slot < oldWords.length; slot++) {
            if (oldWords[slot] != null) {
                put(oldWords[slot], oldHashes[slot], oldIds[slot]);
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
