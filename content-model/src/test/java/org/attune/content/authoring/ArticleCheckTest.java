package org.attune.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleCheckTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int check(String... files) {
        return ArticleCheck.check(List.of(files), new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anAuthorSeesEveryProblemWithItsLineAndAFailingStatus() throws Exception {
        Path file = dir.resolve("reference-page-defect.md");
        Files.writeString(file, Fixtures.read("fixtures/reference-page-defect.md"));
        Path good = dir.resolve("minimal-valid.md");
        Files.writeString(good, Fixtures.read("fixtures/minimal-valid.md"));

        int status = check(good.toString(), file.toString());

        assertThat(status).isEqualTo(1);
        assertThat(output())
                .contains(good + ": ok (")
                .contains("reference-page-defect.md:47: citation [7] points at no reference")
                .contains("reference-page-defect.md:48: citation [8] points at no reference");
    }

    @Test
    void validFilesPass() throws Exception {
        Path good = dir.resolve("minimal-valid.md");
        Files.writeString(good, Fixtures.read("fixtures/minimal-valid.md"));

        assertThat(check(good.toString())).isZero();
    }

    @Test
    void aMissingFileIsReportedNotThrown() {
        assertThat(check(dir.resolve("nope.md").toString())).isEqualTo(1);
        assertThat(output()).contains("nope.md: cannot be read");
    }
}
