package org.attune.personalization.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.content.article.Certainty;

/**
 * GRADE certainty in the words plain-language summaries use, for patients: "We are moderately confident in this
 * evidence." The wordings add no number, negation or hedge ("uncertain" is avoided on purpose, so that every hedge a
 * patient reads is the source's own). Also rewrites a GRADE rating written in the text as a parenthesis —
 * "(low-certainty evidence)", "(moderate quality of evidence)" — into that sentence, placed after the sentence it rated
 * (after its citation markers). Immutable and thread-safe.
 */
public final class CertaintyInWords {

    private static final Pattern RATING_IN_PARENTHESES = Pattern.compile(
            "\\s*\\((high|moderate|low|very[- ]low)[- ](?:certainty|quality)(?: of(?: the)? evidence| evidence)\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
    private static final Pattern CITATIONS_AFTER = Pattern.compile("\\G(?:\\s*\\[[\\d,\\s\u2013-]+\\])+");

    /** The sentence a patient reads for a certainty. */
    public static String sentence(Certainty certainty) {
        return switch (certainty) {
            case HIGH -> "We are confident in this evidence.";
            case MODERATE -> "We are moderately confident in this evidence.";
            case LOW -> "Our confidence in this evidence is limited.";
            case VERY_LOW -> "We have very little confidence in this evidence.";
        };
    }

    /** The text with each GRADE rating in parentheses said as a sentence after the sentence it rates. */
    public String rewrite(String text) {
        Matcher rating = RATING_IN_PARENTHESES.matcher(text);
        if (!rating.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        List<String> pending = new ArrayList<>();
        int pos = 0;
        do {
            int end = sentenceEndBefore(text, pos, rating.start());
            if (end >= 0) {
                flush(text, pos, end, pending, out);
                pos = end;
            }
            out.append(text, pos, rating.start());
            pending.add(sentence(Certainty.parse(rating.group(1).toLowerCase(Locale.ROOT))));
            pos = rating.end();
        } while (rating.find());
        int end = sentenceEndBefore(text, pos, text.length());
        flush(text, pos, end >= 0 ? end : text.length(), pending, out);
        pos = end >= 0 ? end : text.length();
        out.append(text, pos, text.length());
        return out.toString();
    }

    /** The end (after citation markers) of the first sentence ending in {@code [from, to)}, or -1. */
    private static int sentenceEndBefore(String text, int from, int to) {
        Matcher end = SENTENCE_END.matcher(text).region(from, to);
        if (!end.find()) {
            return -1;
        }
        Matcher citations = CITATIONS_AFTER.matcher(text).region(end.end(), text.length());
        return citations.lookingAt() ? citations.end() : end.end();
    }

    /** Writes {@code text[from, to)} and then the sentences waiting for this sentence's end. */
    private static void flush(String text, int from, int to, List<String> pending, StringBuilder out) {
        out.append(text, from, to);
        for (String sentence : pending) {
            out.append(' ').append(sentence);
        }
        pending.clear();
    }
}
