package org.attune.personalization.plain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names what an entry of the numbers measures, so a patient who opens the numbers reads "risk ratio: RR 0.73, 95% CI
 * 0.65 to 0.81", not the abbreviation alone. The label comes from the entry's first statistic and adds no number;
 * the statistic itself stays verbatim after it. An entry whose first statistic has no label here is left as it is.
 */
final class StatisticLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("RR", "risk ratio"),
            Map.entry("aRR", "adjusted risk ratio"),
            Map.entry("aOR", "adjusted odds ratio"),
            Map.entry("AOR", "adjusted odds ratio"),
            Map.entry("aHR", "adjusted hazard ratio"),
            Map.entry("AHR", "adjusted hazard ratio"),
            Map.entry("IRR", "rate ratio"),
            Map.entry("aIRR", "adjusted rate ratio"),
            Map.entry("PR", "prevalence ratio"),
            Map.entry("aPR", "adjusted prevalence ratio"),
            Map.entry("β", "regression estimate"),
            Map.entry("confidence interval", "margin of error"),
            Map.entry("OR", "odds ratio"),
            Map.entry("HR", "hazard ratio"),
            Map.entry("RD", "risk difference"),
            Map.entry("ARR", "absolute risk reduction"),
            Map.entry("RRR", "relative risk reduction"),
            Map.entry("MD", "mean difference"),
            Map.entry("WMD", "mean difference"),
            Map.entry("SMD", "standardised mean difference"),
            Map.entry("NNT", "number needed to treat"),
            Map.entry("NNTB", "number needed to treat"),
            Map.entry("NNTH", "number needed to harm"),
            Map.entry("CI", "margin of error"),
            Map.entry("CrI", "margin of error"),
            Map.entry("I²", "how much the studies differed"),
            Map.entry("I2", "how much the studies differed"),
            Map.entry("p", "p-value"),
            Map.entry("P", "p-value"));

    /** The first abbreviation of a statistic in the entry, a whole word (case as written). */
    private static final Pattern FIRST_NAME = Pattern.compile(
            "(?<![\\p{L}\\d])(RR|aRR|aOR|AOR|aHR|AHR|IRR|aIRR|PR|aPR|β|OR|HR|RD|ARR|RRR|MD|WMD|SMD|NNT|NNTB|NNTH|CrI|CI"
                    + "|confidence interval|I²|I2|p|P)(?![\\p{L}\\d])");

    private StatisticLabels() {}

    static String labelled(String entry) {
        Matcher first = FIRST_NAME.matcher(entry);
        if (!first.find()) {
            return entry;
        }
        return LABELS.get(first.group(1)) + ": " + entry;
    }
}
