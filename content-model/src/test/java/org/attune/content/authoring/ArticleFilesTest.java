package org.attune.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ArticleFilesTest {

    @Test
    void utf8TextIsReadAsWritten() throws ArticleFormatException {
        String text = "---\ntitle: \u00c9t\u00e9 \u2013 heat\n---\n";

        assertThat(ArticleFiles.decode("a.md", text.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(text);
    }

    @Test
    void bytesThatAreNotUtf8AreAProblemAtTheirLineNotAReplacementCharacter() {
        byte[] latin1 = "---\nslug: heat\n---\nSummer (\u00e9t\u00e9) heat.\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ArticleFiles.decode("heat.md", latin1))
                .isInstanceOfSatisfying(ArticleFormatException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).line()).isEqualTo(4);
                    assertThat(e.problems().get(0).message())
                            .isEqualTo(
                                    "at column 9, byte 0xE9 is not UTF-8 text: save the file as UTF-8 and send it again");
                });
    }

    @Test
    void aFileInTheCharsetItNamesIsReadInThatCharset() throws ArticleFormatException {
        byte[] latin1 = "Summer (\u00e9t\u00e9)".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(ArticleFiles.decode("heat.md", latin1, StandardCharsets.ISO_8859_1))
                .isEqualTo("Summer (\u00e9t\u00e9)");
    }
}
