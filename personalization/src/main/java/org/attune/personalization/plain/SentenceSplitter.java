package org.attune.personalization.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;

import org.attune.personalization.glossary.Inflection;
import org.attune.personalization.grammar.PartsOfSpeech;
import org.attune.personalization.grammar.TaggedSentence;
import org.attune.personalization.rewrite.Negations;
import org.attune.personalization.rewrite.ProtectedSpans;

/**
 * Splits long sentences where independent clauses meet: at ";" ("A fell; B rose" → "A fell. B rose"), at ", and"
 * and ", while" (dropped: "while" joins as often as it contrasts), ", but", ", whereas", ", although", ", though"
 * and ", even though" (→ ". But"), ", so" (→ ". So"), ", because" and ", since" (→ ". This is because"), at a
 * non-restrictive ", which" that runs to the end of the sentence (→ ". This"/". These"), at a colon followed by a
 * clause, and before a list of examples that ends the
 * sentence ("… treatment, such as heat, massage or acupuncture." → "… treatment. Examples are heat, massage or
 * acupuncture."). Both sides must read as clauses (the examples as a list, with no verb of its own)
 * ({@link ClauseWords}); nothing is split inside parentheses or brackets, a number with its unit or range, a citation
 * marker, a URL or a protected name, nor where a negation or comparison spans both clauses ("neither … nor", "not
 * only … but"). A sentence starting "Because X, Y." becomes "Y. This is because X." ({@code reasonLast}). Citation
 * markers stay with the clause they follow. Immutable and thread-safe.
 */
public final class SentenceSplitter {

    /** Words after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS =
            Set.of("e.g", "i.e", "vs", "etc", "approx", "dr", "fig", "no", "al", "ca", "cf", "mr", "mrs", "ms", "st");

    private enum Joint {
        SEMICOLON,
        COLON,
        AND,
        CONTRAST,
        SO,
        WHICH,
        BECAUSE,
        SINCE,
        EXAMPLES
    }

    private record Candidate(int at, int rightStart, Joint joint) {}

    /** Words before a figure that make it an estimate: "About 1.8% of patients …" opens a subject, not a phrase. */
    private static final Set<String> APPROXIMATELY =
            Set.of("about", "approximately", "nearly", "almost", "around", "roughly", "over", "under");

    private record Edit(int from, int to, String replacement, boolean capitalise) {}

    private final ProtectedSpans protectedSpans;

    public SentenceSplitter(ProtectedSpans protectedSpans) {
        this.protectedSpans = Objects.requireNonNull(protectedSpans, "protected spans");
    }

    /**
     * The text with its long sentences split, until no rule applies any more, so splitting the output again changes
     * nothing.
     */
    public String split(String text) {
        String before = text;
        String after = splitOnce(reasonLast(before));
        // a split can free another (a ", which" clause that now runs to its sentence's end) or leave a "Because …"
        // clause at the start of a sentence, so both rules run again until neither changes anything
        for (int round = 0; !after.equals(before) && round < 100; round++) {
            before = after;
            after = splitOnce(reasonLast(before));
        }
        return after;
    }

    /** One pass, left to right; the text itself when no rule applies. */
    private String splitOnce(String text) {
        boolean[] guarded = guarded(text);
        List<Edit> edits = new ArrayList<>();
        int sentenceStart = 0;
        int clauseStart = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            if (guarded[i]) {
                continue;
            }
            depth = depth(depth, text.charAt(i));
            if (depth > 0) {
                continue;
            }
            if (endsSentence(text, i)) {
                sentenceStart = i + 1;
                clauseStart = i + 1;
                continue;
            }
            Candidate candidate = candidateAt(text, i);
            if (candidate == null) {
                continue;
            }
            int sentenceEnd = sentenceEnd(text, guarded, candidate.rightStart());
            int rightEnd = clauseEnd(text, guarded, candidate.rightStart(), sentenceEnd);
            List<String> left = Inflection.words(text.substring(clauseStart, candidate.at()));
            List<String> right = Inflection.words(text.substring(candidate.rightStart(), rightEnd));
            List<String> sentence = Inflection.words(text.substring(sentenceStart, candidate.at()));
            boolean commaFollows = hasComma(text, guarded, candidate.rightStart(), sentenceEnd);
            if (candidate.joint() == Joint.EXAMPLES
                    && !isListOfExamples(text.substring(candidate.rightStart(), rightEnd), rightEnd == sentenceEnd)) {
                continue;
            }
            if (splits(candidate.joint(), left, right, sentence, commaFollows)
                    && (!joinsClauses(candidate.joint())
                            || hasTensedVerb(PartsOfSpeech.tag(text.substring(candidate.rightStart(), rightEnd))))) {
                List<Integer> series = seriesCommas(text, clauseStart, candidate);
                if (series == null) {
                    continue;
                }
                series.forEach(comma -> edits.add(new Edit(comma, spacesEnd(text, comma + 1), ". ", true)));
                edits.add(edit(candidate, left, right));
                clauseStart = candidate.rightStart();
                i = candidate.rightStart() - 1;
            }
        }
        return edits.isEmpty() ? text : applied(text, edits, guarded);
    }

    /**
     * Where a clause after ", and" ends a series ("X rose, Y fell, and Z held"), the commas before the series' other
     * clauses, to be split too so that no comma splice is left ("X rose. Y fell. Z held."); a comma before a phrase
     * ("by a medium amount, usually by 10 points,") stays. Null when the clause before ", and" opens with a phrase
     * (a preposition, an adverb, a participle) and a comma ("Among 918 patients, 177 had X, and 25 had Y": the later
     * clauses would lose what it says), or when the ", and" ends a list of nouns.
     */
    private static List<Integer> seriesCommas(String text, int clauseStart, Candidate candidate) {
        if (candidate.joint() != Joint.AND) {
            return List.of();
        }
        List<Integer> commas = new ArrayList<>();
        int depth = 0;
        for (int i = clauseStart; i < candidate.at(); i++) {
            depth = depth(depth, text.charAt(i));
            if (depth == 0 && text.charAt(i) == ',' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                commas.add(i);
            }
        }
        if (commas.isEmpty()) {
            return commas;
        }
        TaggedSentence opening =
                PartsOfSpeech.tag(text.substring(clauseStart, commas.get(0)).strip());
        String openingTag = opening.tag(0);
        boolean quantity = APPROXIMATELY.contains(lower(opening.word(0)))
                && opening.tag(1).equals("CD"); // "About 1.8% of patients had …": a subject
        if (!quantity
                && (openingTag.equals("IN")
                        || openingTag.startsWith("RB")
                        || openingTag.equals("TO")
                        || openingTag.equals("VBG")
                        || openingTag.equals("VBN")
                        || openingTag.equals("WRB"))) {
            return null; // an opening phrase: "Among 918 patients,", "Notably,", "In 2020,"
        }
        String lastPart = text.substring(commas.get(commas.size() - 1) + 1, candidate.at())
                .strip();
        TaggedSentence last = PartsOfSpeech.tag(lastPart);
        String lastTag = last.tag(0);
        if (!hasTensedVerb(last)
                && (lastTag.startsWith("NN")
                        || lastTag.startsWith("JJ")
                        || lastTag.equals("DT")
                        || lastTag.equals("CD"))) {
            return null; // "for all races, ethnicities, and nativities": the ", and" ends a list of nouns
        }
        List<Integer> clauseCommas = new ArrayList<>();
        for (int k = 0; k < commas.size(); k++) {
            int end = k + 1 < commas.size() ? commas.get(k + 1) : candidate.at();
            String part = text.substring(commas.get(k) + 1, end).strip();
            if (ClauseWords.isIndependentClause(Inflection.words(part)) && hasSubjectAndVerb(part)) {
                clauseCommas.add(commas.get(k));
            }
        }
        return clauseCommas;
    }

    /**
     * "28.3% had overweight" has both, "usually by about 10 points on a 100-point scale" neither: by the parts of
     * speech of the part on its own (it starts with no adverb, preposition or participle, and has a verb with a
     * tense or a modal).
     */
    private static boolean hasSubjectAndVerb(String part) {
        TaggedSentence tagged = PartsOfSpeech.tag(part);
        String first = tagged.tag(0);
        if (first.startsWith("RB") || first.equals("IN") || first.equals("VBG") || first.equals("VBN")) {
            return false;
        }
        return hasTensedVerb(tagged);
    }

    /** Joints whose right side must be a clause of its own, with a verb in a tense, by its parts of speech. */
    private static boolean joinsClauses(Joint joint) {
        return joint == Joint.AND || joint == Joint.CONTRAST || joint == Joint.SO;
    }

    private static boolean hasTensedVerb(TaggedSentence tagged) {
        for (int i = 0; i < tagged.size(); i++) {
            String tag = tagged.tag(i);
            if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
                return true;
            }
        }
        return false;
    }

    private static boolean splits(
            Joint joint, List<String> left, List<String> right, List<String> sentence, boolean commaFollows) {
        if (left.size() < 3 || !ClauseWords.hasFiniteVerb(left)) {
            return false;
        }
        return switch (joint) {
            case SEMICOLON -> ClauseWords.isClauseAfterSemicolon(right);
            case COLON ->
                ClauseWords.isIndependentClause(right)
                        && !ClauseWords.isFiniteVerb(left.get(left.size() - 1))
                        && !left.get(left.size() - 1).toLowerCase(Locale.ROOT).startsWith("follow");
            case AND, CONTRAST, SO -> ClauseWords.isIndependentClause(right) && !ClauseWords.spansClauses(sentence);
            case WHICH -> right.size() >= 2 && ClauseWords.isVerbAfterWhich(right.get(0)) && !commaFollows;
            case BECAUSE ->
                right.size() >= 3
                        && !lower(right.get(0)).equals("of")
                        && ClauseWords.hasFiniteVerb(right)
                        && !ClauseWords.spansClauses(sentence);
            case SINCE ->
                right.size() >= 3
                        && ClauseWords.hasFiniteVerb(right)
                        && ClauseWords.isPresentTense(right)
                        && !ClauseWords.hasPerfect(left)
                        && !ClauseWords.spansClauses(sentence);
            case EXAMPLES ->
                left.size() >= 6 && !ClauseWords.hasFiniteVerb(right) && !ClauseWords.spansClauses(sentence);
        };
    }

    /**
     * Whether what follows "such as" is a list of two or more examples that ends the sentence: "heat, massage or
     * acupuncture", not "ibuprofen" alone nor "injections or surgery are pursued" (a verb follows: the list sits inside
     * its sentence).
     */
    private static boolean isListOfExamples(String right, boolean endsSentence) {
        return endsSentence && (right.contains(", ") || right.contains(" and ") || right.contains(" or "));
    }

    private static Edit edit(Candidate candidate, List<String> left, List<String> right) {
        String replacement = switch (candidate.joint()) {
            case SEMICOLON, COLON, AND -> ". ";
            case CONTRAST -> ". But ";
            case SO -> ". So ";
            case WHICH -> isPlural(left.get(left.size() - 1), right.get(0)) ? ". These " : ". This ";
            case BECAUSE, SINCE -> ". This is because ";
            case EXAMPLES -> ". Examples are ";
        };
        return new Edit(candidate.at(), candidate.rightStart(), replacement, replacement.equals(". "));
    }

    /**
     * Whether "which" stood for a plural: the verb after it tells when it can ("which suggests" → "This", "which were"
     * → "These"), else the noun before the comma ("trials, which enrolled" → "These").
     */
    private static boolean isPlural(String before, String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (Set.of("are", "were", "have", "do").contains(v)) {
            return true;
        }
        if (Set.of("is", "was", "has", "does").contains(v) || v.endsWith("s")) {
            return false;
        }
        String w = before.toLowerCase(Locale.ROOT);
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") || w.equals("people");
    }

    /** A joint at {@code i}: "; ", ": ", ", " and one of and, but, while, whereas, which; or "such as". */
    private static Candidate candidateAt(String text, int i) {
        char c = text.charAt(i);
        String examples = c == ',' ? ", such as " : c == ' ' ? " such as " : null;
        if (examples != null && text.startsWith(examples, i)) {
            return new Candidate(i, spacesEnd(text, i + examples.length()), Joint.EXAMPLES);
        }
        if (i + 1 >= text.length() || text.charAt(i + 1) != ' ') {
            return null;
        }
        if (c == ';' || c == ':') {
            return new Candidate(i, spacesEnd(text, i + 1), c == ';' ? Joint.SEMICOLON : Joint.COLON);
        }
        if (c != ',') {
            return null;
        }
        int wordStart = spacesEnd(text, i + 1);
        int wordEnd = wordStart;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd >= text.length() || text.charAt(wordEnd) != ' ') {
            return null;
        }
        if (text.startsWith("even though ", wordStart)) {
            return new Candidate(i, spacesEnd(text, wordStart + "even though ".length()), Joint.CONTRAST);
        }
        Joint joint = switch (text.substring(wordStart, wordEnd)) {
            case "and" -> Joint.AND;
            case "while" -> Joint.AND;
            case "but", "whereas", "although", "though" -> Joint.CONTRAST;
            case "so" -> Joint.SO;
            case "which" -> Joint.WHICH;
            case "because" -> Joint.BECAUSE;
            case "since" -> Joint.SINCE;
            default -> null;
        };
        return joint == null ? null : new Candidate(i, spacesEnd(text, wordEnd), joint);
    }

    /**
     * "Because X, Y." becomes "Y. This is because X.": the statement first, its reason after it. Only where the reason
     * holds no number, citation marker, name, URL, bracket, negation or hedge (so nothing a reader relies on changes
     * its order) and both parts read as clauses; citation markers ending the sentence end it still.
     */
    private String reasonLast(String text) {
        if (!text.contains("Because ")) {
            return text;
        }
        boolean[] guarded = guarded(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int pos = 0;
        int depth = 0;
        boolean atStart = true;
        for (int i = 0; i < text.length(); i++) {
            if (atStart && !guarded[i] && depth == 0 && text.startsWith("Because ", i)) {
                int end = reasonLastAt(text, guarded, i, out, pos);
                if (end > i) {
                    pos = end;
                    i = end - 1;
                    atStart = false;
                    continue;
                }
            }
            char c = text.charAt(i);
            if (guarded[i]) {
                atStart = false;
                continue;
            }
            depth = depth(depth, c);
            if (endsSentence(text, i) && depth == 0) {
                atStart = true;
            } else if (!Character.isWhitespace(c)) {
                atStart = false;
            }
        }
        return pos == 0 ? text : out.append(text, pos, text.length()).toString();
    }

    /**
     * Rewrites the "Because …" sentence starting at {@code start} into {@code out} (after copying the text from
     * {@code pos}); the end of the sentence rewritten, or -1 (and nothing appended) where it cannot be.
     */
    private static int reasonLastAt(String text, boolean[] guarded, int start, StringBuilder out, int pos) {
        int end = sentenceEnd(text, guarded, start);
        if (end < text.length() && text.charAt(end) != '.') {
            return -1; // a question or an exclamation stays as it is; a text's last sentence may lack its full stop
        }
        int comma = -1;
        for (int i = start; i < end && comma < 0; i++) {
            char c = text.charAt(i);
            if (guarded[i] || c == '(' || c == '[' || c == ';' || c == ':') {
                return -1;
            }
            if (c == ',') {
                comma = i;
            }
        }
        if (comma < 0) {
            return -1;
        }
        String reason = text.substring(start + "Because ".length(), comma);
        int mainStart = spacesEnd(text, comma + 1);
        int mainEnd = end;
        while (mainEnd > mainStart && endsWithMarker(text, guarded, mainEnd)) {
            mainEnd = markerStart(text, guarded, mainEnd);
        }
        if (mainEnd <= mainStart) {
            return -1; // "Because X, [1]." has no statement to put first
        }
        String markers = text.substring(mainEnd, end);
        String main = text.substring(mainStart, mainEnd).stripTrailing();
        List<String> reasonWords = Inflection.words(reason);
        if (reasonWords.isEmpty()
                || lower(reasonWords.get(0)).equals("of")
                || !ClauseWords.hasFiniteVerb(reasonWords)
                || !ClauseWords.isIndependentClause(Inflection.words(main))
                || !Negations.in(reason).isEmpty()
                || !Hedges.in(reason).isEmpty()) {
            return -1;
        }
        out.append(text, pos, start);
        if (isLowerCaseWord(main, 0)) {
            main = Character.toUpperCase(main.charAt(0)) + main.substring(1);
        }
        out.append(main)
                .append(". This is because ")
                .append(reason)
                .append(markers.stripTrailing())
                .append('.');
        return Math.min(end + 1, text.length());
    }

    /** Whether a citation marker ("[1, 3]"), after optional spaces, ends the text before {@code end}. */
    private static boolean endsWithMarker(String text, boolean[] guarded, int end) {
        int i = end;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == 0 || text.charAt(i - 1) != ']' || !guarded[i - 1]) {
            return false;
        }
        int open = openingBracket(text, guarded, i);
        return open >= 0 && text.charAt(open) == '[';
    }

    /** Where the citation marker ending before {@code end} (after optional spaces) starts, spaces before it included. */
    private static int markerStart(String text, boolean[] guarded, int end) {
        int i = end;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        i = openingBracket(text, guarded, i);
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i;
    }

    /** The "[" of the guarded marker whose "]" is at {@code close - 1}, or -1. */
    private static int openingBracket(String text, boolean[] guarded, int close) {
        for (int i = close - 1; i >= 0 && guarded[i]; i--) {
            if (text.charAt(i) == '[') {
                return i;
            }
        }
        return -1;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static int spacesEnd(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** True at a ".", "!" or "?" that ends a sentence (followed by white space or the end, not an abbreviation). */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (c != '.') {
            return true;
        }
        int start = i;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return !ABBREVIATIONS.contains(text.substring(start, i).toLowerCase(Locale.ROOT));
    }

    /** Where the sentence holding {@code from} ends: at its ".", "!" or "?" outside brackets, or the text's end. */
    private static int sentenceEnd(String text, boolean[] guarded, int from) {
        return firstOutsideBrackets(text, guarded, from, text.length(), i -> endsSentence(text, i));
    }

    /** Where the clause starting at {@code from} ends: at the next ";" or ":" outside brackets, or the sentence end. */
    private static int clauseEnd(String text, boolean[] guarded, int from, int sentenceEnd) {
        return firstOutsideBrackets(
                text, guarded, from, sentenceEnd, i -> text.charAt(i) == ';' || text.charAt(i) == ':');
    }

    /**
     * The first position from {@code from} on, outside brackets and protected spans, at which {@code stop} holds;
     * {@code to} when there is none before it.
     */
    private static int firstOutsideBrackets(String text, boolean[] guarded, int from, int to, IntPredicate stop) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            if (guarded[i]) {
                continue;
            }
            depth = depth(depth, text.charAt(i));
            if (depth == 0 && stop.test(i)) {
                return i;
            }
        }
        return to;
    }

    /** The bracket depth after {@code c}: one deeper at "(" or "[", one shallower (never below 0) at ")" or "]". */
    private static int depth(int depth, char c) {
        if (c == '(' || c == '[') {
            return depth + 1;
        }
        if (c == ')' || c == ']') {
            return Math.max(0, depth - 1);
        }
        return depth;
    }

    private static boolean hasComma(String text, boolean[] guarded, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!guarded[i] && text.charAt(i) == ',') {
                return true;
            }
        }
        return false;
    }

    private boolean[] guarded(String text) {
        boolean[] guarded = new boolean[text.length()];
        for (ProtectedSpans.Span span : protectedSpans.find(text)) {
            for (int i = span.start(); i < span.end(); i++) {
                guarded[i] = true;
            }
        }
        return guarded;
    }

    private static String applied(String text, List<Edit> edits, boolean[] guarded) {
        StringBuilder out = new StringBuilder(text.length() + 8 * edits.size());
        int pos = 0;
        for (Edit e : edits) {
            out.append(text, pos, e.from()).append(e.replacement());
            pos = e.to();
            if (e.capitalise() && pos < text.length() && !guarded[pos] && isLowerCaseWord(text, pos)) {
                out.append(Character.toUpperCase(text.charAt(pos)));
                pos++;
            }
        }
        out.append(text, pos, text.length());
        return out.toString();
    }

    /** A word of lower-case letters only starts here ("pH" and "mRNA" keep their case). */
    private static boolean isLowerCaseWord(String text, int start) {
        int i = start;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
            i++;
        }
        return i > start;
    }
}
