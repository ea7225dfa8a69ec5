package org.attune.personalization.readability;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English syllable count by spelling: vowel groups, with silent final "e", "-es" and "-ed" removed where they are
 * usually silent, the silent "e" before a suffix ("like-ly", "move-ment", "use-ful", "home-less", "safe-ty") or
 * in a compound ("guide-line", "some-times") dropped, and vowel
 * pairs that are said as two syllables counted twice ("se-ri-ous", "tri-al", "me-di-a", "u-su-al", "sci-ence",
 * "i-de-a", "do-ing"). Good to about one syllable in twenty words of health writing, like the counters readability tools use.
 */
public final class Syllables {

    /** A silent "e" between a vowel's consonant and a suffix: "likely", "movement", "careful", "homeless". */
    private static final Pattern SILENT_E_BEFORE_SUFFIX = Pattern.compile(
            "(?<=[aeiouy](?:[^aeiouy]|[^aeiouy][^aeiouylr]))e(?=(?:ly|ments?|ful|fully|less|ness|ty)$)");
    /** "i" then another vowel said apart ("serious", "trial", "media", "period", "medium"), not "-tion", "-cial". */
    private static final Pattern I_THEN_VOWEL_APART =
            Pattern.compile("(?<=[^aeiouycgtslnx])i(?=ou|[ao](?!u))|iu|(?<=[^aeiouyct]|^sc)i(?=e(?:t|nc|nt))");
    /** "u" then "a" said apart ("usual", "actual", "situation"), not "qua", "gua". */
    private static final Pattern U_THEN_A_APART = Pattern.compile("(?<=[^aeiouyqg])ua");
    /** "-ing" after a vowel is a syllable of its own ("do-ing", "be-ing", "try-ing", "say-ing"). */
    private static final Pattern ING_AFTER_VOWEL = Pattern.compile("[aeiouy]ing$");
    /** A final "ea" said apart ("area", "idea", "nausea", "diarrhea"). */
    private static final Pattern FINAL_EA = Pattern.compile(".*[aeiouy][^aeiouy]+ea$");

    /**
     * First parts of compounds that end in a silent "e" ("guide-line", "some-times", "there-fore", "life-style"),
     * counted apart when a consonant starts the rest.
     */
    private static final Pattern COMPOUND_WITH_SILENT_E = Pattern.compile(
            "^(guide|base|life|time|some|there|like|home|care|wide|side|fire|note|case|safe|whole|lone|more)"
                    + "(?=[^aeiouy].*[aeiouy])");

    /** Words the rules above would count wrong. */
    private static final Set<String> EXCEPTIONS_SAID_TOGETHER = Set.of("element", "elements", "vehement");

    private Syllables() {}

    public static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 0;
        }
        if (w.length() <= 3) {
            return 1;
        }
        Matcher compound = COMPOUND_WITH_SILENT_E.matcher(w);
        if (compound.find()) {
            return 1 + count(w.substring(compound.end()));
        }
        int apart = pairsSaidApart(w);
        if (!EXCEPTIONS_SAID_TOGETHER.contains(w)) {
            w = SILENT_E_BEFORE_SUFFIX.matcher(w).replaceFirst("");
        }
        if (w.endsWith("es") && !w.matches(".*(?:[cgsxz]|ch|sh)es")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ed") && !w.matches(".*[td]ed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("e") && !w.matches(".*[^aeiouy]le")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.startsWith("y")) {
            w = w.substring(1);
        }
        int groups = 0;
        boolean inVowel = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = "aeiouy".indexOf(w.charAt(i)) >= 0;
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        return Math.max(1, groups + apart);
    }

    private static int pairsSaidApart(String w) {
        int apart = 0;
        for (Pattern pair : new Pattern[] {I_THEN_VOWEL_APART, U_THEN_A_APART}) {
            Matcher m = pair.matcher(w);
            while (m.find()) {
                apart++;
            }
        }
        if (ING_AFTER_VOWEL.matcher(w).find()) {
            apart++;
        }
        return FINAL_EA.matcher(w).matches() ? apart + 1 : apart;
    }
}
