package org.attune.personalization.grammar;

import java.util.Arrays;

import opennlp.tools.util.Span;

/**
 * A sentence's words (as the OpenNLP simple tokenizer splits them: punctuation and hyphens are words of their own)
 * with their Penn Treebank tags, asked about by character offsets in the sentence.
 */
public final class TaggedSentence {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] tags;

    TaggedSentence(String text, Span[] spans, String[] tags) {
        this.text = text;
        this.starts = Arrays.stream(spans).mapToInt(Span::getStart).toArray();
        this.ends = Arrays.stream(spans).mapToInt(Span::getEnd).toArray();
        this.tags = tags.clone();
    }

    public String text() {
        return text;
    }

    /** How many words (punctuation included). */
    public int size() {
        return tags.length;
    }

    /** The index of the first word that ends after {@code offset}, or {@link #size()}. */
    public int wordAt(int offset) {
        for (int i = 0; i < ends.length; i++) {
            if (ends[i] > offset) {
                return i;
            }
        }
        return ends.length;
    }

    /** The index of the last word that starts before {@code offset}, or -1. */
    public int wordEndingBy(int offset) {
        for (int i = starts.length - 1; i >= 0; i--) {
            if (starts[i] < offset) {
                return i;
            }
        }
        return -1;
    }

    /** The tag of word {@code i}, or an empty string outside the sentence. */
    public String tag(int i) {
        return i >= 0 && i < tags.length ? tags[i] : "";
    }

    /** Word {@code i} as written, or an empty string outside the sentence. */
    public String word(int i) {
        return i >= 0 && i < tags.length ? text.substring(starts[i], ends[i]) : "";
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tags.length; i++) {
            b.append(i == 0 ? "" : " ").append(word(i)).append('/').append(tags[i]);
        }
        return b.toString();
    }
}
