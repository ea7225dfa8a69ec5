package org.attune.personalization.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: arguments, input lines, output lines and exit status. */
class PersonalizeCommandTest {

    private static final PersonalizeCommand COMMAND =
            new PersonalizeCommand(BuiltInEngine.rewriter(), AudienceProfiles.builtIn());

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String input, String... args) {
        return COMMAND.run(
                args,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                out,
                new PrintWriter(err, true));
    }

    @Test
    void writesOneJsonObjectPerInputLineWithTheNumbersMovedOut() {
        int status = run(
                "Exercise reduced pain (RR 0.73, 95% CI 0.65 to 0.81; 3008 participants) [1].\n"
                        + "Heat reduced pain; exercise improved function.\n",
                "--audience", "patient");

        assertThat(status).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .startsWith("{\"text\":\"Exercise reduced pain (3008 people) [1].\",\"numbers\":[\"risk ratio: RR 0.73,"
                        + " 95% CI 0.65 to 0.81\"],\"grade\":{\"fkgl\":")
                .contains(",\"smog\":")
                .endsWith("}}");
        assertThat(lines.get(1))
                .startsWith("{\"text\":\"Heat reduced pain. Exercise improved function.\",\"numbers\":[]");
    }

    @Test
    void textFormatWritesTheTextOnlyAndBlankLinesStayBlank() {
        int status = run(
                "Trials utilized heat in order to reduce pain.\n\nDo not rest in bed.\n",
                "--audience",
                "patient",
                "--format",
                "text");

        assertThat(status).isZero();
        assertThat(out.toString()).isEqualTo("Trials used heat to reduce pain.\n\nDo not rest in bed.\n");
    }

    @Test
    void clinicianTextIsAsAuthored() {
        run("Trials utilized heat (p < 0.001); it helped.\n", "--audience", "clinician", "--format", "text");

        assertThat(out.toString()).isEqualTo("Trials utilized heat (p < 0.001); it helped.\n");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("in.txt");
        Files.writeString(file, "Approximately 30% improved.\n", StandardCharsets.UTF_8);

        assertThat(run("", "--audience", "patient", "--format", "text", file.toString()))
                .isZero();
        assertThat(out.toString()).isEqualTo("About 30% improved.\n");
    }

    @Test
    void aMissingFileExitsWithOne(@TempDir Path dir) {
        assertThat(run("", "--audience", "patient", dir.resolve("none.txt").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("", "--format", "text")).isEqualTo(2);
        assertThat(run("", "--audience", "nurse")).isEqualTo(2);
        assertThat(run("", "--audience", "patient", "--format", "xml")).isEqualTo(2);
        assertThat(err.toString()).contains("--audience is required", "unknown audience 'nurse'", "json or text");
    }

    @Test
    void jsonStringsAreEscaped() {
        StringBuilder json = new StringBuilder();
        JsonLine.string("say \"no\" \\ now\n\ttab \u0001 – é", json);

        assertThat(json.toString()).isEqualTo("\"say \\\"no\\\" \\\\ now\\n\\ttab \\u0001 – é\"");
    }
}
