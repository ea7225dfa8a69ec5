package org.attune.personalization.rewrite;

import java.util.Locale;
import java.util.Set;

/**
 * Roman numerals that number something: "stage IV", "grade III or IV", "NYHA class III", "type II", "phase III",
 * "stages (III to IV)", "grade II–IV", "stages II, III or IV", "stage IVb". Such a numeral is a number, so the term
 * matcher never reads it as a term: "IV" after "stage" is not intravenous. A numeral counts when it follows a label
 * word (below), white space or an opening parenthesis between, or when it continues a numeral that counts: after
 * "-", "–", "/", ",", or "to", "or", "and", "through". "IV" standing on its own ("given IV", "IV fluids") is left to
 * the glossary.
 */
final class RomanNumerals {

    /** The words after which a Roman numeral is a number. */
    static final Set<String> LABELS =
            Set.of("stage", "stages", "grade", "grades", "class", "classes", "type", "types", "phase", "phases");

    /** Words that join two numerals of a range or list ("III to IV", "II or III"). */
    private static final Set<String> JOINING_WORDS = Set.of("to", "or", "and", "through");

    private RomanNumerals() {}

    /**
     * Marks, in {@code blocked}, the words of a text that are Roman numerals numbering something.
     *
     * @param text    the text
     * @param starts  each word's first offset
     * @param ends    each word's end offset
     * @param count   how many words
     * @param blocked set to true for each numbering numeral (words already true stay so)
     */
    static void block(String text, int[] starts, int[] ends, int count, boolean[] blocked) {
        boolean[] numbering = new boolean[count];
        for (int w = 1; w < count; w++) {
            if (!isNumeral(text, starts[w], ends[w])) {
                continue;
            }
            String gap = text.substring(ends[w - 1], starts[w]).strip();
            String previous = text.substring(starts[w - 1], ends[w - 1]).toLowerCase(Locale.ROOT);
            boolean afterLabel = LABELS.contains(previous) && (gap.isEmpty() || gap.equals("("));
            boolean afterNumeral = numbering[w - 1] && isJoiningMark(gap);
            boolean afterJoiningWord = w >= 2
                    && gap.isEmpty()
                    && JOINING_WORDS.contains(previous)
                    && numbering[w - 2]
                    && text.substring(ends[w - 2], starts[w - 1]).isBlank();
            if (afterLabel || afterNumeral || afterJoiningWord) {
                numbering[w] = true;
                blocked[w] = true;
            }
        }
    }

    private static boolean isJoiningMark(String gap) {
        return gap.equals("-") || gap.equals("–") || gap.equals("/") || gap.equals(",");
    }

    /**
     * A Roman numeral of capitals I, V and X up to five letters long ("IV", "XII"), with at most one sub-stage
     * letter after it ("IVb", "IIIA").
     */
    static boolean isNumeral(String text, int start, int end) {
        int i = start;
        while (i < end && "IVX".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        int letters = i - start;
        if (letters == 0 || letters > 5) {
            return false;
        }
        return i == end || (i + 1 == end && "ABCabc".indexOf(text.charAt(i)) >= 0);
    }
}
