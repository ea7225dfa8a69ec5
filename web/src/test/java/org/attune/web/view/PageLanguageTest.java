package org.attune.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageLanguageTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final List<Locale> ENGLISH_AND_SPANISH = List.of(Locale.ENGLISH, SPANISH);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "es-MX                    | es",
                "es                       | es",
                "de-DE, es;q=0.8, en;q=0.5 | es",
                "de-DE, en;q=0.9, es;q=0.8 | en",
                "en-GB                    | en",
                "fr, de                   | en",
                "*                        | en"
            })
    void aReaderGetsTheOfferedLanguageTheirBrowserPrefers(String acceptLanguage, String page) {
        assertThat(PageLanguage.among(ENGLISH_AND_SPANISH, acceptLanguage).toLanguageTag())
                .isEqualTo(page);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "es;q=nonsense", ";;;", "x-!!"})
    void aMissingOrMalformedAcceptLanguageGetsTheFirstOfferedLanguage(String acceptLanguage) {
        assertThat(PageLanguage.among(ENGLISH_AND_SPANISH, acceptLanguage)).isEqualTo(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "de-DE", "es-MX, en;q=0.1"})
    void withOneLanguageOfferedEveryReaderGetsItAndCachesNeedNotKeepLanguagesApart(String acceptLanguage) {
        assertThat(PageLanguage.among(PageLanguage.OFFERED, acceptLanguage)).isEqualTo(Locale.ENGLISH);
        assertThat(PageLanguage.vary()).doesNotContain("Accept-Language");
    }

    @Test
    void withTwoLanguagesOfferedAPageVariesByAcceptLanguage() {
        assertThat(PageLanguage.vary(ENGLISH_AND_SPANISH)).isEqualTo("Cookie, Accept-Encoding, Accept-Language");
    }
}
