package org.attune.personalization.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.attune.personalization.glossary.Glossary;
import org.attune.personalization.glossary.GlossaryEntry;

/**
 * Sentences made from a fixed seed out of glossary forms and the pieces the engine must treat with care: numbers
 * with units and ranges, citation markers, URLs and DOIs, protected names in any case and spacing, negations,
 * "a"/"an", hyphens, apostrophes, odd white space, quotes and letters beyond ASCII. The same seed gives the same
 * sentences, so their rewrites can be kept as a golden file.
 */
final class TrickySentences {

    /** The pieces sentences are made of, besides glossary forms. */
    static final List<String> PIECES = List.of(
            "the",
            "a",
            "an",
            "A",
            "An",
            "patients",
            "with",
            "and",
            "of",
            "or",
            "to",
            "pain",
            "hour",
            "honest",
            "use",
            "one",
            "European",
            "umbrella",
            "X-ray",
            "TENS",
            "tens",
            "PT",
            "PTs",
            "PT2",
            "H5N1",
            "B12",
            "patient's",
            "heat\u2019s",
            "fear-avoidance",
            "self-care",
            "non-specific",
            "do not",
            "Don\u2019t",
            "10 points",
            "100-point",
            "2 to 18 months",
            "5 days",
            "400 mg/day",
            "5 mg/kg/day",
            "30%",
            "30 %",
            "1.5 kg",
            "3-4 weeks",
            "3\u20134 weeks",
            "4 \u2014 6 h",
            "12",
            "\u22125",
            "\u00b12 mmHg",
            "-7",
            "+3",
            "1,000",
            "3:1",
            "1/2",
            "37 \u00b0C",
            "37\u00b0C",
            "98.6 \u00b0 F",
            "10 \u00b0",
            "2x",
            "3 times",
            "12-week",
            "6 in",
            "6 inches",
            "4 and 5",
            "4 or 5",
            "5 s",
            "5s",
            "5min",
            "5 minutes/day",
            "7 percentage",
            "7 percentage points",
            "20-to-30",
            "90 sets",
            "2nd",
            "3rd-line",
            "10.5-fold",
            "8 mgX",
            "5 mg2",
            "5 mg/kg2",
            "12 \u00e9t\u00e9s",
            "3\u0661",
            "\u0663 days",
            "4\ud835\udc00",
            "\ud835\udc002 mg",
            "\u00e9\u0301" + "5 mg",
            "[1]",
            "[1, 3]",
            "[2\u20134]",
            "[2 - 4]",
            "[1,2]",
            "[12-14, 16]",
            "[x]",
            "[]",
            "[1",
            "[[3]",
            "https://example.org/chronic-pain",
            "http://x.y/a).",
            "www.cdc.gov.",
            "doi:10.1000/182",
            "doi: 10.1000/abc.",
            "DOI:10.1/2",
            "10.1038/s41598-024-62276-9,",
            "10.123/x",
            "HTTPS://A.B",
            "xhttp://a.b",
            "awww.b.c",
            "see:www.x.org)",
            "_www.y.z",
            "\u00e9www.q.r",
            "a\u0301www.s.t",
            "<https://a.b/c>",
            "\"www.q.org\"",
            "Dr.Oracle",
            "dr.oracle",
            "DR.ORACLE's",
            "American College of Physicians's",
            "Xamerican Pain Society",
            "american\npain  society",
            "AMERICAN\tHEART ASSOCIATION",
            "Cochrane Library",
            "Cochrane Back and Neck Group",
            "Medical Advisory Board2",
            "\u017fociety",
            "(",
            ")",
            ",",
            ";",
            ".",
            ":",
            "-",
            "\u2014",
            "\"",
            "\u201c",
            "\u2019",
            "'",
            "!",
            "?",
            "/",
            "&",
            "[",
            "]");

    private static final List<String> JOINERS = List.of(
            " ", " ", " ", " ", " ", " ", " ", " ", "", "-", "\n", "  ", " - ", "\u2010", "\u00a0", "\t", "\u2009",
            "\u000b", " (", ") ");

    private TrickySentences() {}

    /** {@code count} sentences of up to 24 pieces each. */
    static List<String> make(Glossary glossary, long seed, int count) {
        List<String> forms = glossary.entries().stream()
                .flatMap(e -> e.forms().stream().map(GlossaryEntry.Form::text))
                .distinct()
                .toList();
        Random random = new Random(seed);
        List<String> sentences = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            StringBuilder sentence = new StringBuilder();
            int pieces = 1 + random.nextInt(24);
            for (int p = 0; p < pieces; p++) {
                if (p > 0) {
                    sentence.append(JOINERS.get(random.nextInt(JOINERS.size())));
                }
                sentence.append(
                        random.nextInt(5) < 2
                                ? cased(forms.get(random.nextInt(forms.size())), random)
                                : PIECES.get(random.nextInt(PIECES.size())));
            }
            sentences.add(sentence.toString());
        }
        return sentences;
    }

    private static String cased(String form, Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> Character.toUpperCase(form.charAt(0)) + form.substring(1);
            case 1 -> form.toUpperCase(Locale.ROOT);
            default -> form;
        };
    }
}
