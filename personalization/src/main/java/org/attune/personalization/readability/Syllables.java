package org.attune.personalization.readability;

import java.util.Locale;

/**
 * English syllable count by spelling: vowel groups, with silent final "e", "-es" and "-ed" removed where they are
 * usually silent. Good to about one syllable in ten words, like the counters readability tools use.
 */
public final class Syllables {

    private Syllables() {}

    public static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 0;
        }
        if (w.length() <= 3) {
            return 1;
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
        return Math.max(1, groups);
    }
}
