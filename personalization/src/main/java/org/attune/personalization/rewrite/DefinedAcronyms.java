package org.attune.personalization.rewrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Acronyms a text defines ("… low back pain (LBP) …") and their later mentions: spelled out for patients at every
 * later mention ("LBP" → "low back pain"), for students at the first later mention in a later sentence, with the acronym
 * after it ("low back pain (LBP)"). Within the one text only (a lead-in or block text), and only when the definition is unambiguous: the
 * parenthesis holds nothing but the acronym, right after the words whose initials it matches (small words such as
 * "of", "and" may be skipped or matched: "quality of life (QoL)", "hand, foot, and mouth disease (HFMD)"), and the text
 * defines it once, or always the same way. A mention is a whole word written exactly as defined; never one joined to
 * a number, a hyphen or a letter, never a statistic's name beside its value ("RR 0.85"), never inside a parenthesis
 * that defines it again. Clinicians read the text as written.
 */
final class DefinedAcronyms {

    private static final Set<String> SMALL_WORDS =
            Set.of("of", "and", "the", "in", "for", "to", "with", "on", "a", "an", "or", "at", "by", "from");

    private static final int MAX_ACRONYM = 10;

    private DefinedAcronyms() {}

    /** The patient's text: every later mention of a defined acronym spelled out. */
    static String expandedForPatients(String text) {
        return rewrite(text, false);
    }

    /** The student's text: the first later mention of a defined acronym spelled out, the acronym after it. */
    static String spelledOutForStudents(String text) {
        return rewrite(text, true);
    }

    private static String rewrite(String text, boolean student) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        List<Definition> definitions = definitions(text);
        if (definitions.isEmpty()) {
            return text;
        }
        Map<String, Definition> byAcronym = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Definition d : definitions) {
            Definition earlier = byAcronym.putIfAbsent(d.acronym, d);
            if (earlier != null && !earlier.expansion.equalsIgnoreCase(d.expansion)) {
                ambiguous.add(d.acronym);
            }
        }
        ambiguous.forEach(byAcronym::remove);
        if (byAcronym.isEmpty()) {
            return text;
        }
        Set<String> spelledOnce = new HashSet<>();
        StringBuilder out = new StringBuilder(text.length() + 32);
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isUpperCase(c) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            Definition d = byAcronym.get(word);
            if (d != null && i > d.parenEnd && isMention(text, i, end)) {
                if (!student || (sentenceEndsBetween(text, d.parenEnd, i) && spelledOnce.add(word))) {
                    String words = atSentenceStart(text, i) ? capitalised(d.expansion) : d.expansion;
                    out.append(text, copied, i).append(words);
                    if (student) {
                        out.append(" (").append(word).append(')');
                    }
                    copied = end;
                }
            }
            i = end;
        }
        if (copied == 0) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** A whole word: no letter, digit or hyphen joined to it, no value after it, not itself in a "(…)" alone. */
    private static boolean isMention(String text, int start, int end) {
        if (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || isHyphen(text.charAt(start - 1)))) {
            return false;
        }
        if (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || isHyphen(text.charAt(end)))) {
            return false;
        }
        if (start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')') {
            return false;
        }
        return !ArticleRewriter.valueFollows(text, end);
    }

    /** Every "words (ACRONYM)" of the text whose acronym matches the initials of the words before it. */
    static List<Definition> definitions(String text) {
        List<Definition> found = new ArrayList<>();
        int open = text.indexOf('(');
        while (open >= 0) {
            int close = text.indexOf(')', open + 1);
            if (close < 0) {
                break;
            }
            String inside = text.substring(open + 1, close);
            if (isAcronym(inside)) {
                String expansion = expansionBefore(text, open, inside);
                if (expansion != null) {
                    found.add(new Definition(inside, expansion, close));
                }
            }
            open = text.indexOf('(', open + 1);
        }
        return found;
    }

    /** Two to ten letters, at least two of them capitals, starting with one: "LBP", "QoL", "FoF". */
    private static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > MAX_ACRONYM || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                capitals++;
            }
        }
        return capitals >= 2;
    }

    /**
     * The words right before {@code open} whose initials spell the acronym (read backwards; a small word may be
     * skipped; a hyphenated word gives one initial per part), as written, or null when they do not.
     */
    private static String expansionBefore(String text, int open, String acronym) {
        int phraseEnd = open;
        while (phraseEnd > 0 && Character.isWhitespace(text.charAt(phraseEnd - 1))) {
            phraseEnd--;
        }
        // the words (and hyphen parts) before the parenthesis, nearest first: start, end, 1 when joined by a hyphen to
        // the part before it
        List<int[]> parts = new ArrayList<>();
        int i = phraseEnd;
        int budget = acronym.length() * 2 + 2;
        while (i > 0 && parts.size() < budget) {
            int end = i;
            while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
            if (i == end) {
                break;
            }
            boolean hyphen = i > 0 && isHyphen(text.charAt(i - 1));
            parts.add(new int[] {i, end, hyphen ? 1 : 0});
            if (hyphen) {
                i--;
                continue;
            }
            // what joins this part to the one before: spaces with at most a comma
            int j = i;
            while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == ',')) {
                j--;
            }
            if (j == i) {
                break;
            }
            i = j;
        }
        int start = phraseStart(text, parts, 0, acronym.toLowerCase(Locale.ROOT), acronym.length() - 1);
        if (start < 0) {
            return null;
        }
        String expansion = text.substring(start, phraseEnd);
        return atSentenceStart(text, start) && !isName(expansion) ? decapitalised(expansion) : expansion;
    }

    /**
     * Where the words spelling {@code letters[0..letter]} start, reading {@code parts} from {@code part} backwards, or
     * -1. A part gives the next letter by its initial; a small word ("of", "and") may give none; so may the later
     * part of a hyphenated word ("loss-based" gives the L of TMLE, "cognitive-behavioral" the C and B of CBT). The
     * words start at a whole word, never inside a hyphenated one.
     */
    private static int phraseStart(String text, List<int[]> parts, int part, String letters, int letter) {
        if (letter < 0) {
            return -1;
        }
        if (part >= parts.size()) {
            return -1;
        }
        int[] p = parts.get(part);
        String word = text.substring(p[0], p[1]);
        boolean joined = p[2] == 1;
        if (Character.toLowerCase(word.charAt(0)) == letters.charAt(letter)) {
            if (letter == 0 && !joined) {
                return p[0];
            }
            int start = phraseStart(text, parts, part + 1, letters, letter - 1);
            if (start >= 0) {
                return start;
            }
        }
        if (joined || SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
            return phraseStart(text, parts, part + 1, letters, letter);
        }
        return -1;
    }

    /** Every word of four letters or more capitalised: a name ("Patient Health Questionnaire"), kept as written. */
    private static boolean isName(String phrase) {
        for (String w : phrase.split("[\\s,\\-‐]+")) {
            if (w.length() >= 4 && !SMALL_WORDS.contains(w) && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** A student reads the definition's own sentence as written ("Physical therapy (PT) helps; PT works."). */
    private static boolean sentenceEndsBetween(String text, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean atSentenceStart(String text, int pos) {
        int i = pos;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return true;
        }
        char c = text.charAt(i - 1);
        return c == '.' || c == '!' || c == '?';
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "Obstructive sleep apnoea" → "obstructive sleep apnoea"; an acronym-like first word stays ("HIV-associated"). */
    private static String decapitalised(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** One "words (ACRONYM)" of a text: the acronym, the words as they should read mid-sentence, the ")" offset. */
    record Definition(String acronym, String expansion, int parenEnd) {}
}
