package org.attune.content.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitedTextTest {

    @Test
    void splitsProseFromCitationMarkers() {
        CitedText text = CitedText.parse("Exercise helps [1, 3] and heat helps too [2].");

        assertThat(text.segments())
                .containsExactly(
                        new Prose("Exercise helps "),
                        Citation.of(1, 3),
                        new Prose(" and heat helps too "),
                        Citation.of(2),
                        new Prose("."));
        assertThat(text.citedNumbers()).containsExactly(1, 3, 2);
    }

    @Test
    void expandsRangesAndWritesCanonicalMarkers() {
        CitedText text = CitedText.parse("Shown twice [2-4] and [5 ,6].");

        assertThat(text.citations()).extracting(Citation::numbers).containsExactly(List.of(2, 3, 4), List.of(5, 6));
        assertThat(text.canonical()).isEqualTo("Shown twice [2, 3, 4] and [5, 6].");
    }

    @Test
    void leavesOtherBracketsAsProse() {
        CitedText text = CitedText.parse("A score [range 0-100] is not a citation [a].");

        assertThat(text.citations()).isEmpty();
        assertThat(text.canonical()).isEqualTo("A score [range 0-100] is not a citation [a].");
    }

    @Test
    void removesMarkersForPlainReading() {
        assertThat(CitedText.parse("Heat helps at 5 days [2, 4]. Exercise too [1].")
                        .withoutCitations())
                .isEqualTo("Heat helps at 5 days. Exercise too.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[2147483647]", "[12345678901]", "[10000]", "[3, 10000]", "[1-2147483647]"})
    void aMarkerWithANumberAboveTheLargestReferenceNumberIsNoCitationButIsReported(String marker) {
        CitedText text = assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> CitedText.parse("Heat helps " + marker + " and rest [1]."));

        assertThat(text.citedNumbers()).containsExactly(1);
        assertThat(text.canonical()).isEqualTo("Heat helps " + marker + " and rest [1].");
        assertThat(text.tooLargeMarkers()).containsExactly(marker);
    }

    @Test
    void acceptsTheLargestReferenceNumber() {
        CitedText text = CitedText.parse("Heat helps [9999] and [09999].");

        assertThat(text.citedNumbers()).containsExactly(9999, 9999);
        assertThat(text.tooLargeMarkers()).isEmpty();
    }

    @Test
    void readsAVeryLongListOfNumbersWithoutRunningOutOfStack() {
        String marker = "[" + "1, ".repeat(100_000) + "2]";

        assertThat(CitedText.parse("Heat helps " + marker + ".").citedNumbers()).hasSize(100_001);
    }
}
