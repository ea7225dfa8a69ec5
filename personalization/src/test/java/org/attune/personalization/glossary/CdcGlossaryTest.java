package org.attune.personalization.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The shipped CDC glossary is exactly what the converter makes from the shared thesaurus data. */
class CdcGlossaryTest {

    /** A copy of the public-domain source data (provenance in terminology/PROVENANCE.md), so this always runs. */
    private static final Path THESAURUS = Path.of("src/test/resources/terminology/cdc_plain_language_thesaurus.tsv");

    @Test
    void shippedFileIsUpToDateWithTheConverter() throws IOException {
        String shipped;
        try (InputStream in = GlossaryFormat.class.getResourceAsStream(Glossaries.CDC)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped).isEqualTo(CdcThesaurusConverter.convert(THESAURUS));
    }

    @Test
    void filterKeepsDefinedAndMedicalRowsOnly() {
        assertThat(CdcThesaurusConverter.keep("hypertension", "high blood pressure", ""))
                .isTrue();
        assertThat(CdcThesaurusConverter.keep("aerobic", "", "needs oxygen")).isTrue();
        assertThat(CdcThesaurusConverter.keep("accomplish", "do", "")).isFalse();
        assertThat(CdcThesaurusConverter.keep("absorption", "", "")).isFalse();
        assertThat(CdcThesaurusConverter.keep("mutation", "change", "")).isFalse();
    }
}
