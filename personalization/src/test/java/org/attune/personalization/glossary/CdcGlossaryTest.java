package org.attune.personalization.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The shipped CDC glossary is exactly what the converter makes from the shared thesaurus data. */
class CdcGlossaryTest {

    private static final Path THESAURUS = Path.of("../../shared/data/terminology/cdc_plain_language_thesaurus.tsv");

    @Test
    void shippedFileIsUpToDateWithTheConverter() throws IOException {
        assumeTrue(Files.exists(THESAURUS), "shared terminology data not beside the repository");
        String shipped;
        try (InputStream in = GlossaryFormat.class.getResourceAsStream(Glossaries.CDC)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped).isEqualTo(CdcThesaurusConverter.convert(THESAURUS));
    }

    @Test
    void filterKeepsDefinedAndMedicalRowsOnly() {
        assertThat(CdcThesaurusConverter.keep("hypertension", "high blood pressure", "")).isTrue();
        assertThat(CdcThesaurusConverter.keep("aerobic", "", "needs oxygen")).isTrue();
        assertThat(CdcThesaurusConverter.keep("accomplish", "do", "")).isFalse();
        assertThat(CdcThesaurusConverter.keep("absorption", "", "")).isFalse();
        assertThat(CdcThesaurusConverter.keep("mutation", "change", "")).isFalse();
    }
}
