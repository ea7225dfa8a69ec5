package org.attune.personalization.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtectedSpansTest {

    private static final ProtectedSpans SPANS = ProtectedSpans.builtIn();

    private static List<String> spans(String text) {
        return SPANS.find(text).stream()
                .map(s -> text.substring(s.start(), s.end()))
                .toList();
    }

    @ParameterizedTest(name = "{0} protects {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "by about 10 points on a scale | 10 points",
                "on a 100-point scale | 100-point",
                "sustained from 2 to 18 months | 2 to 18 months",
                "at 5 days and 4 days | 5 days and 4 days",
                "take 400 mg/day now | 400 mg/day",
                "a 2-4 week course | 2-4 week",
                "improves 30% or more | 30%",
                "see [1, 3] here | [1, 3]",
                "ranges [2-4] too | [2-4]",
                "visit https://example.org/a?b=1. Then | https://example.org/a?b=1",
                "doi 10.1038/s41598-024-62276-9 here | 10.1038/s41598-024-62276-9",
                "the American College of Physicians says | American College of Physicians",
                "the american  college of physicians says | american  college of physicians"
            })
    void protects(String text, String expected) {
        assertThat(spans(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"no numbers at all", "PT2 and M16 are names, not numbers"})
    void leavesOrdinaryWordsAlone(String text) {
        assertThat(spans(text)).isEmpty();
    }
}
