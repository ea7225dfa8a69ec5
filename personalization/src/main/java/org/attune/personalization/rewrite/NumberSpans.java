package org.attune.personalization.rewrite;

import static org.attune.personalization.rewrite.PatternChars.digitsEnd;
import static org.attune.personalization.rewrite.PatternChars.isDigitAt;
import static org.attune.personalization.rewrite.PatternChars.isLetterAt;
import static org.attune.personalization.rewrite.PatternChars.isLetterOrDigitAt;
import static org.attune.personalization.rewrite.PatternChars.isLetterOrDigitBefore;
import static org.attune.personalization.rewrite.PatternChars.isSpace;
import static org.attune.personalization.rewrite.PatternChars.lettersEnd;
import static org.attune.personalization.rewrite.PatternChars.spacesEnd;

import java.util.Arrays;
import java.util.List;

/**
 * Numbers with their units and ranges ("10 points", "2 to 18 months", "100-point", "5 mg/kg", "37 °C"): one scan
 * that finds what this regular expression finds, leftmost first, without backtracking:
 * <pre>
 * (?&lt;![\p{L}\d]) NUMBER UNIT? (\s* (-|–|—|to|and|or) \s* NUMBER UNIT?)*
 * NUMBER = [-+±−]?\d+([.,:/]\d+)*
 * UNIT   = \s*(%|°\s?[CF]) | -\p{L}+(-\p{L}+)* | \p{L}+(/\p{L}+)*(?![\p{L}\d]) | \s+(UNITS)(/\p{L}+)*(?![\p{L}\d])
 * </pre>
 * The alternatives are tried in this order, and the unit words of {@code UNITS} in the order of {@link #UNITS}.
 */
final class NumberSpans implements SpanScan {

    /** The unit words after a space, in the order they are tried ("points" before "point"). */
    private static final List<String> UNITS = List.of(
            "%",
            "percent",
            "percentage points",
            "percentage point",
            "points",
            "point",
            "mg",
            "mcg",
            "\u00b5g",
            "g",
            "kg",
            "lbs",
            "lb",
            "pounds",
            "pound",
            "ml",
            "mL",
            "l",
            "L",
            "dl",
            "dL",
            "mmol",
            "mmHg",
            "cm",
            "mm",
            "m",
            "km",
            "in",
            "inches",
            "inch",
            "ft",
            "feet",
            "foot",
            "kcal",
            "calories",
            "IU",
            "units",
            "unit",
            "bpm",
            "seconds",
            "second",
            "secs",
            "sec",
            "s",
            "minutes",
            "minute",
            "mins",
            "min",
            "hours",
            "hour",
            "hrs",
            "hr",
            "h",
            "days",
            "day",
            "d",
            "weeks",
            "week",
            "wks",
            "wk",
            "months",
            "month",
            "mos",
            "mo",
            "years",
            "year",
            "yrs",
            "yr",
            "times",
            "sessions",
            "session",
            "doses",
            "dose",
            "tablets",
            "tablet",
            "pills",
            "pill",
            "steps",
            "repetitions",
            "reps",
            "sets",
            "degrees",
            "degree",
            "\u00b0C",
            "\u00b0F",
            "\u00b0",
            "x");

    private static final List<String> CONJUNCTIONS = List.of("-", "\u2013", "\u2014", "to", "and", "or");

    @Override
    public boolean mayStartWith(char c) {
        return PatternChars.isDigit(c) || isSign(c);
    }

    @Override
    public boolean needsNoLetterOrDigitBefore() {
        return true;
    }

    @Override
    public int matchAt(String text, int start) {
        int end = numberEnd(text, start);
        if (end < 0 || isLetterOrDigitBefore(text, start)) {
            return -1;
        }
        end = unitEnd(text, end);
        while (true) {
            int afterConjunction = conjunctionEnd(text, spacesEnd(text, end));
            int next = afterConjunction < 0 ? -1 : numberEnd(text, spacesEnd(text, afterConjunction));
            if (next < 0) {
                return end;
            }
            end = unitEnd(text, next);
        }
    }

    /** {@code NUMBER} at {@code i}: its end, or -1. */
    private static int numberEnd(String text, int i) {
        int digits = i < text.length() && isSign(text.charAt(i)) ? i + 1 : i;
        if (!isDigitAt(text, digits)) {
            return -1;
        }
        int end = digitsEnd(text, digits);
        while (end < text.length() && ".,:/".indexOf(text.charAt(end)) >= 0 && isDigitAt(text, end + 1)) {
            end = digitsEnd(text, end + 1);
        }
        return end;
    }

    /** {@code [-+±−]}. */
    private static boolean isSign(char c) {
        return c == '-' || c == '+' || c == '\u00b1' || c == '\u2212';
    }

    private static int conjunctionEnd(String text, int i) {
        for (String conjunction : CONJUNCTIONS) {
            if (text.startsWith(conjunction, i)) {
                return i + conjunction.length();
            }
        }
        return -1;
    }

    /** The end of the optional {@code UNIT} after a number that ends at {@code i}; {@code i} if there is none. */
    private static int unitEnd(String text, int i) {
        int symbol = symbolEnd(text, spacesEnd(text, i));
        if (symbol >= 0) {
            return symbol;
        }
        if (text.startsWith("-", i) && isLetterAt(text, i + 1)) {
            int end = lettersEnd(text, i + 1);
            while (text.startsWith("-", end) && isLetterAt(text, end + 1)) {
                end = lettersEnd(text, end + 1);
            }
            return end;
        }
        if (isLetterAt(text, i)) {
            int end = slashWordsEnd(text, lettersEnd(text, i));
            if (end >= 0) {
                return end;
            }
        }
        if (i < text.length() && isSpace(text.charAt(i))) {
            int word = spacesEnd(text, i);
            for (String unit : UNITS) {
                int end = text.startsWith(unit, word) ? slashWordsEnd(text, word + unit.length()) : -1;
                if (end >= 0) {
                    return end;
                }
            }
        }
        return i;
    }

    /** {@code %|°\s?[CF]} at {@code i}: its end, or -1. */
    private static int symbolEnd(String text, int i) {
        if (text.startsWith("%", i)) {
            return i + 1;
        }
        if (!text.startsWith("\u00b0", i)) {
            return -1;
        }
        int letter = i + 1 < text.length() && isSpace(text.charAt(i + 1)) ? i + 2 : i + 1;
        return letter < text.length() && "CF".indexOf(text.charAt(letter)) >= 0 ? letter + 1 : -1;
    }

    /**
     * {@code (/\p{L}+)*(?![\p{L}\d])} at {@code i}: as many "/word" as there are, giving back the last ones while a
     * letter or digit follows; the end, or -1 when even none will do.
     */
    private static int slashWordsEnd(String text, int i) {
        int[] ends = new int[4];
        int count = 0;
        int end = i;
        while (text.startsWith("/", end) && isLetterAt(text, end + 1)) {
            if (count == ends.length) {
                ends = Arrays.copyOf(ends, count * 2);
            }
            ends[count++] = end;
            end = lettersEnd(text, end + 1);
        }
        while (isLetterOrDigitAt(text, end)) {
            if (count == 0) {
                return -1;
            }
            end = ends[--count];
        }
        return end;
    }
}
