package org.attune.personalization.plain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.personalization.glossary.Inflection;
import org.attune.personalization.rewrite.Negations;
import org.attune.personalization.rewrite.PlainedText;

/**
 * Moves the apparatus of statistics out of the reading flow: in a parenthesis such as "(RR 0.73, 95% CI 0.65 to
 * 0.81; 3008 participants; 12 studies)", "(SMD −0.31, …)", "(p &lt; 0.001)" or "(I² = 45%)", and a bare "I² = 45%"
 * after a comma, the statistics leave the sentence and become one entry of the numbers, in the order they stood,
 * verbatim after a label that names what they measure ("risk ratio: RR 0.73, 95% CI 0.65 to 0.81",
 * {@link StatisticLabels}): nothing is rounded or reworded. Parts of a parenthesis separated by ";" are judged one
 * by one: a part is a statistic when it has a digit, is written only with numbers, names of statistics ("RR", "95%
 * CI"), counted things and the few words statistics are written with, and has a comparison sign or a statistic's
 * name. Counts ("3008 participants; 12 studies") and percentages ("18% versus 9%") are what a patient wants to read:
 * they stay in the sentence, in their parenthesis, as does any part with a negation, a hedge, a certainty rating or
 * a citation marker. A text is never emptied of its words.
 * Immutable and thread-safe.
 */
public final class StatisticsMover {

    /** Abbreviations of effect sizes and test statistics, matched as whole words, case as written. */
    private static final Set<String> STATISTIC_NAMES =
            words("RR OR HR MD SMD WMD CI CrI NNT NNTB NNTH ARR RRR RD IQR SD SE SEM AUC ES df p P n N I² "
                    + "I2 τ² Tau² χ² Chi² aRR aOR AOR aHR AHR IRR aIRR PR aPR β");

    /** Counted things: "3008 participants", "12 studies". */
    private static final Set<String> COUNTED =
            words("births pregnancies infants deaths cases participant participants people person persons "
                    + "patient patients study studies trial trials RCT RCTs women men children adults subjects "
                    + "cohorts eyes");

    /** Other words a statistic is written with: names of measures, units of time and measure, connectors. */
    private static final Set<String> STATISTIC_WORDS =
            words("to vs versus and or in of per from the a an with at for on mean median difference "
                    + "differences ratio risk odds hazard standardised standardized weighted confidence "
                    + "interval intervals range heterogeneity events event number needed treat absolute "
                    + "relative reduction increase fixed random effect effects model analysis analyses total "
                    + "points point percent percentage days day weeks week rate rates trend visual analogue "
                    + "analog VAS numeric rating dL births pregnancies infants deaths cases months month years "
                    + "year hours hour minutes mg kg g ml mL mmHg cm mm score scale follow up higher lower more "
                    + "fewer less better worse cent x e i studies trials participants people patients adjusted "
                    + "prevalence incidence pooled");

    private static final Pattern BARE_HETEROGENEITY =
            Pattern.compile(",\\s*(I²|I2)\\s*=\\s*\\d+(?:[.,]\\d+)?\\s?%(?=[\\s.;,)]|$)"
                    // not where the percentage runs on into a range ("45% and 10 points"): a number is never cut
                    + "(?!\\s*(?:[-\u2013\u2014]|to\\b|and\\b|or\\b)\\s*[-+\u2212]?\\d)");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d²]+");

    /** A statistic's abbreviation in square brackets after its name: "[CI]", "[AOR]". */
    private static final Pattern DEFINED_NAME = Pattern.compile("\\s*\\[(?:"
            + String.join(
                    "|", "RR OR HR MD SMD WMD CI CrI NNT ARR RRR RD aRR aOR AOR aHR AHR IRR aIRR PR aPR".split(" "))
            + ")\\]");

    /** Percentages alone: "30%", "31% vs 22%". */
    private static final String PERCENT = "[-+−]?\\d+(?:[.,]\\d+)?\\s?%";

    private static final Pattern PERCENTAGES =
            Pattern.compile("\\s*" + PERCENT + "(\\s*(vs\\.?|versus|to|and)\\s*" + PERCENT + ")*\\s*");

    private static Set<String> words(String spaced) {
        return Set.copyOf(java.util.Arrays.asList(spaced.split(" ")));
    }

    /** The text without its statistics, and the statistics in their order. */
    public PlainedText moveOut(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        List<String> moved = new ArrayList<>();
        Matcher bare = BARE_HETEROGENEITY.matcher(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '(') {
                int close = closing(text, i);
                if (close > 0 && moveParenthesis(text.substring(i + 1, close), kept, moved)) {
                    i = close + 1;
                    continue;
                }
            } else if (c == ',' && bare.region(i, text.length()).lookingAt()) {
                moved.add(StatisticLabels.labelled(bare.group().substring(1).strip()));
                i = bare.end();
                continue;
            }
            kept.append(c);
            i++;
        }
        String result = kept.toString();
        if (moved.isEmpty() || !WORD.matcher(result).find()) {
            return new PlainedText(text, List.of());
        }
        return new PlainedText(result, moved);
    }

    /** The index of the parenthesis closing the one at {@code open}, or -1 (nested parentheses allowed). */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Moves the statistical parts of a parenthesis' content; keeps the others in a parenthesis. False when nothing
     * is moved (the caller keeps the parenthesis as written).
     */
    private static boolean moveParenthesis(String content, StringBuilder kept, List<String> moved) {
        List<String> statistics = new ArrayList<>();
        List<String> staying = new ArrayList<>();
        for (String part : parts(content)) {
            if (isStatistic(part)) {
                // "57.1%, p = 0.001": the percentage is read, only the p-value leaves
                List<String> pieces = pieces(part);
                List<String> read = pieces.stream().filter(p -> !isStatistic(p)).toList();
                if (pieces.size() > 1 && !read.isEmpty() && read.stream().allMatch(StatisticsMover::isReadAmount)) {
                    statistics.add(String.join(
                            ", ",
                            pieces.stream().filter(StatisticsMover::isStatistic).toList()));
                    staying.add(String.join(", ", read));
                } else {
                    statistics.add(part);
                }
            } else {
                staying.add(part);
            }
        }
        if (statistics.isEmpty()) {
            return false;
        }
        moved.add(StatisticLabels.labelled(String.join("; ", statistics)));
        int end = kept.length();
        while (end > 0 && kept.charAt(end - 1) == ' ') {
            end--;
        }
        kept.setLength(end);
        if (!staying.isEmpty()) {
            kept.append(" (").append(String.join("; ", staying)).append(')');
        }
        return true;
    }

    /** The content split at ";" outside nested parentheses and brackets, each part stripped. */
    private static List<String> parts(String content) {
        return splitOutsideBrackets(content, ";").stream()
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /**
     * "N = 13", "n = 212": a count; "≥8 weeks", "<18 years": a bound that defines what the sentence speaks of. Both
     * are read, not apparatus.
     */
    private static boolean isCountOrBound(String part) {
        return part.matches("[nN]\\s*=\\s*\\d[\\d,]*")
                || part.matches("[<>≤≥]\\s*\\d+(?:[.,]\\d+)?\\s*\\p{L}+(?:\\s+\\p{L}+)?");
    }

    /** A part split at ", " outside brackets. */
    private static List<String> pieces(String part) {
        return splitOutsideBrackets(part, ", ");
    }

    /** {@code text} split at {@code separator} where it stands outside parentheses and brackets, each part stripped. */
    private static List<String> splitOutsideBrackets(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && text.startsWith(separator, i)) {
                parts.add(text.substring(from, i).strip());
                from = i + 1;
            }
        }
        parts.add(text.substring(from).strip());
        return parts;
    }

    /** A percentage or a count a patient reads: "57.1%", "18% versus 9%", "612 people". */
    private static boolean isReadAmount(String piece) {
        return PERCENTAGES.matcher(piece).matches() || piece.matches("\\d[\\d,]*\\s+\\p{L}+");
    }

    static boolean isStatistic(String written) {
        // "95% confidence interval [CI]: 1.2–4.3": a statistic's abbreviation in brackets names it, nothing more
        boolean named = DEFINED_NAME.matcher(written).find();
        String part = DEFINED_NAME.matcher(written).replaceAll("");
        if (part.chars().noneMatch(Character::isDigit) || part.indexOf('[') >= 0) {
            return false;
        }
        if (isCountOrBound(part)) {
            return false;
        }
        List<String> words = Inflection.words(part);
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (Negations.isNegation(word)
                    || Hedges.isHedge(word)
                    || lower.startsWith("certain")
                    || lower.equals("quality")
                    || lower.equals("evidence")) {
                return false;
            }
        }
        Matcher all = WORD.matcher(part);
        while (all.find()) {
            String word = all.group();
            boolean number = word.chars().anyMatch(Character::isDigit);
            if (!number
                    && !STATISTIC_NAMES.contains(word)
                    && !COUNTED.contains(word)
                    && !STATISTIC_WORDS.contains(word.toLowerCase(Locale.ROOT))
                    && !STATISTIC_WORDS.contains(word)) {
                return false;
            }
        }
        if (named || part.matches("(?s).*[=<>≤≥±].*")) {
            return true;
        }
        Matcher m = WORD.matcher(part);
        while (m.find()) {
            String word = m.group();
            if (STATISTIC_NAMES.contains(word)) {
                return true;
            }
        }
        // what a patient wants to read stays in the text: counts ("2310 participants", "12 studies") and
        // percentages ("18% versus 9%"); only the apparatus of statistics leaves it
        return false;
    }
}
