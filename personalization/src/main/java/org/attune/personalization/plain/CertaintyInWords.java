package org.attune.personalization.plain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.content.article.Certainty;

/**
 * GRADE certainty in the words plain-language summaries use, for patients: "We are moderately confident in this
 * evidence." The wordings add no number, negation or hedge ("uncertain" is avoided on purpose, so that every hedge a
 * patient reads is the source's own). Also rewrites a GRADE rating written in the text into that sentence, placed
 * after the sentence it rated (after its citation markers):
 *
 * <ul>
 *   <li>as a parenthesis — "(low-certainty evidence)", "(moderate quality of evidence)" — which leaves the sentence;
 *   <li>in the running text — "According to moderate-quality evidence, …", "Low-certainty evidence shows …",
 *       "Evidence of low quality shows …" — where the rating leaves the sentence and "evidence" stays. A sentence
 *       with two ratings in its running text ("high-certainty evidence that it works and low-certainty evidence that
 *       it is safe") is left as written: a sentence after it could not say which rating it meant.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class CertaintyInWords {

    private static final String RATING = "(high|moderate|low|very[- ]low)";
    private static final Pattern RATING_IN_PARENTHESES = Pattern.compile(
            "\\s*\\(" + RATING + "[- ](?:certainty|quality)(?: of(?: the)? evidence| evidence)\\)",
            Pattern.CASE_INSENSITIVE);
    /** "According to moderate-quality evidence, heat …": the clause goes, the next word takes the capital. */
    private static final Pattern RATING_LEADING_CLAUSE = Pattern.compile(
            "(?<=^|[.!?]\\s)(?:According to|Based on) " + RATING + "[- ](?:certainty|quality) evidence,\\s+(\\p{Ll})",
            Pattern.CASE_INSENSITIVE);
    /** "moderate-quality evidence", "evidence of low certainty": "evidence" stays. */
    private static final Pattern RATING_IN_RUNNING_TEXT = Pattern.compile(
            "\\b(?:" + RATING + "[- ](?:certainty|quality) (evidence)|(evidence) of " + RATING
                    + " (?:certainty|quality))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
    private static final Pattern CITATIONS_AFTER = Pattern.compile("\\G(?:\\s*\\[[\\d,\\s\u2013-]+\\])+");

    /** One rating found: the span it takes, what stands there instead, and the rating. */
    private record Rating(int start, int end, String replacement, Certainty certainty, boolean parenthesized) {

        Rating(int start, int end, String replacement, Certainty certainty) {
            this(start, end, replacement, certainty, false);
        }
    }

    /** The sentence a patient reads for a certainty. */
    public static String sentence(Certainty certainty) {
        return switch (certainty) {
            case HIGH -> "We are confident in this evidence.";
            case MODERATE -> "We are moderately confident in this evidence.";
            case LOW -> "Our confidence in this evidence is limited.";
            case VERY_LOW -> "We have very little confidence in this evidence.";
        };
    }

    /** A certainty said in parentheses beside the outcome it rates, when a sentence rates more than one. */
    static String besideItsOutcome(Certainty certainty) {
        return switch (certainty) {
            case HIGH -> "we are confident in this";
            case MODERATE -> "we are moderately confident in this";
            case LOW -> "our confidence in this is limited";
            case VERY_LOW -> "we have very little confidence in this";
        };
    }

    private static boolean sharesItsSentence(String text, Rating rating, List<Rating> ratings) {
        int sentence = sentenceOf(text, rating);
        return ratings.stream().anyMatch(other -> other != rating && sentenceOf(text, other) == sentence);
    }

    /**
     * The text with each GRADE rating said as a sentence after the sentence it rates, or, where one sentence rates
     * two outcomes in parentheses, beside each outcome.
     */
    public String rewrite(String text) {
        List<Rating> ratings = ratings(text);
        if (ratings.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        List<String> pending = new ArrayList<>();
        int pos = 0;
        for (Rating rating : ratings) {
            int end = sentenceEndBefore(text, pos, rating.start());
            if (end >= 0) {
                flush(text, pos, end, pending, out);
                pos = end;
            }
            if (rating.parenthesized() && sharesItsSentence(text, rating, ratings)) {
                // two outcomes rated in one sentence: each rating is said beside its outcome, where it stood
                out.append(text, pos, rating.start()).append(" (").append(besideItsOutcome(rating.certainty()));
                out.append(')');
            } else {
                out.append(text, pos, rating.start()).append(rating.replacement());
                pending.add(sentence(rating.certainty()));
            }
            pos = rating.end();
        }
        int end = sentenceEndBefore(text, pos, text.length());
        flush(text, pos, end >= 0 ? end : text.length(), pending, out);
        pos = end >= 0 ? end : text.length();
        out.append(text, pos, text.length());
        return out.toString();
    }

    /** Every rating to rewrite, in order: in parentheses, and one per sentence in the running text. */
    private static List<Rating> ratings(String text) {
        List<Rating> ratings = new ArrayList<>();
        Matcher parenthesis = RATING_IN_PARENTHESES.matcher(text);
        while (parenthesis.find()) {
            ratings.add(new Rating(parenthesis.start(), parenthesis.end(), "", certainty(parenthesis.group(1)), true));
        }
        List<Rating> running = new ArrayList<>();
        Matcher leading = RATING_LEADING_CLAUSE.matcher(text);
        while (leading.find()) {
            running.add(new Rating(
                    leading.start(),
                    leading.end(),
                    leading.group(2).toUpperCase(Locale.ROOT),
                    certainty(leading.group(1))));
        }
        Matcher inText = RATING_IN_RUNNING_TEXT.matcher(text);
        while (inText.find()) {
            int start = inText.start();
            if (overlaps(start, inText.end(), ratings) || overlaps(start, inText.end(), running)) {
                continue;
            }
            String evidence = inText.group(2) != null ? inText.group(2) : inText.group(3);
            String rating = inText.group(1) != null ? inText.group(1) : inText.group(4);
            String replacement = Character.isUpperCase(text.charAt(start))
                    ? Character.toUpperCase(evidence.charAt(0)) + evidence.substring(1)
                    : evidence.toLowerCase(Locale.ROOT);
            running.add(new Rating(start, inText.end(), replacement, certainty(rating)));
        }
        running.stream()
                .filter(r -> running.stream()
                        .noneMatch(other -> other != r && sentenceOf(text, other) == sentenceOf(text, r)))
                .forEach(ratings::add);
        ratings.sort(Comparator.comparingInt(Rating::start));
        return ratings;
    }

    private static Certainty certainty(String rating) {
        return Certainty.parse(rating.toLowerCase(Locale.ROOT));
    }

    private static boolean overlaps(int start, int end, List<Rating> ratings) {
        return ratings.stream().anyMatch(r -> start < r.end() && r.start() < end);
    }

    /** How many sentences end before the rating: the index of the sentence it stands in. */
    private static int sentenceOf(String text, Rating rating) {
        return (int)
                SENTENCE_END.matcher(text).region(0, rating.start()).results().count();
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
