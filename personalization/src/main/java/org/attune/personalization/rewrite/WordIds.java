package org.attune.personalization.rewrite;

import java.util.Arrays;
import java.util.Locale;

/**
 * The distinct words of the glossary's forms, normalised (lower case, typographic apostrophe straightened), each
 * numbered from 0. A word of a text is looked up where it stands, folded character by character as it is hashed and
 * compared, so the scan allocates nothing for it; only a word with a character beyond Latin-1 (other than the
 * apostrophe) is cut out and normalised as a string, since its lower case may differ in length or depend on context.
 * The table keeps each slot's hash and number side by side and the words' characters in one array, so a look-up
 * touches few cache lines even with 20,000 terms. Not thread-safe while words are added; read-only use is.
 */
final class WordIds {

    /** Per slot: the word's hash, then its number + 1 (0 for an empty slot). */
    private int[] slots = new int[2 * 64];
    /** The words' characters, one after another; word {@code n} spans {@code [starts[n], starts[n + 1])}. */
    private char[] chars = new char[256];

    private int[] starts = new int[65];
    private int count;

    /** A word as the glossary and the scan compare it: lower case, typographic apostrophe straightened. */
    static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** How many words are numbered. */
    int count() {
        return count;
    }

    /** The number of a normalised word, numbering it if it is new. */
    int add(String normalWord) {
        int hash = normalWord.hashCode();
        int found = find(normalWord, 0, normalWord.length(), hash, false);
        if (found >= 0) {
            return found;
        }
        if (2 * (count + 1) > slots.length / 2) {
            rehash(slots.length * 2);
        }
        int end = starts[count] + normalWord.length();
        if (end > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(end, 2 * chars.length));
        }
        normalWord.getChars(0, normalWord.length(), chars, starts[count]);
        if (count + 2 > starts.length) {
            starts = Arrays.copyOf(starts, 2 * starts.length);
        }
        starts[count + 1] = end;
        put(hash, count);
        return count++;
    }

    /** The number of the word {@code text[start, end)} once normalised, or -1 when no form has that word. */
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
        int mask = slots.length / 2 - 1;
        for (int slot = spread(hash) & mask; slots[2 * slot + 1] != 0; slot = (slot + 1) & mask) {
            int id = slots[2 * slot + 1] - 1;
            if (slots[2 * slot] == hash && sameWord(id, text, start, end, fold)) {
                return id;
            }
        }
        return -1;
    }

    private boolean sameWord(int id, String text, int start, int end, boolean fold) {
        int from = starts[id];
        if (starts[id + 1] - from != end - start) {
            return false;
        }
        for (int k = 0; k < end - start; k++) {
            char c = text.charAt(start + k);
            if (chars[from + k] != (fold ? folded(c) : c)) {
                return false;
            }
        }
        return true;
    }

    private void put(int hash, int id) {
        int mask = slots.length / 2 - 1;
        int slot = spread(hash) & mask;
        while (slots[2 * slot + 1] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = hash;
        slots[2 * slot + 1] = id + 1;
    }

    private void rehash(int length) {
        int[] old = slots;
        slots = new int[length];
        for (int slot = 0; slot < old.length; slot += 2) {
            if (old[slot + 1] != 0) {
                put(old[slot], old[slot + 1] - 1);
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
