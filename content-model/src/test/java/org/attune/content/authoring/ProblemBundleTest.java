package org.attune.content.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attune.content.article.AudienceId;
import org.attune.content.article.Certainty;
import org.junit.jupiter.api.Test;

/**
 * The problems' message bundle: every {@link ProblemCode} has its wording in the English base bundle and every
 * wording there belongs to a code the parser uses; a problem is worded in the locale asked for (here the test-only
 * language "xx" of {@code src/test/resources/.../problems_xx.properties}), in English where that has no wording.
 */
class ProblemBundleTest {

    private static final String BASE = "/org/attune/content/authoring/problems.properties";
    private static final Path SOURCES = Path.of("src/main/java/org/attune/content/authoring");
    private static final Locale XX = new Locale("xx");

    private static final String ARTICLE = """
            ---
            slug: heat
            title: %s
            updated: 2025-12-29
            review:
              - status: submitted
                by: Dr. Ana Author
                on: 2025-12-01
            references:
              - number: 1
                type: guideline
                title: Noninvasive treatments
                source: Annals of Internal Medicine
                year: 2017
            ---
            Heat helps a little. [1]

            ## What helps

            - A heat wrap eases pain for a few days. [3]
              > patient: **%s** Heat helps.

            ### Too deep
            """.formatted("T".repeat(1_001), "L".repeat(1_001));

    @Test
    void everyCodeHasItsWordingInTheBaseBundleAndEveryWordingItsCode() throws IOException {
        Set<String> codes = Arrays.stream(ProblemCode.values())
                .map(ProblemCode::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> keys = new TreeSet<>(base().stringPropertyNames());

        assertThat(codes).as("keys of the codes, each once").hasSize(ProblemCode.values().length);
        assertThat(keys).as("keys in the base bundle").containsExactlyElementsOf(codes);
        assertThat(keyLines())
                .as("no key written twice (the second would silently win)")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyCodeIsUsedByTheParser() throws IOException {
        String sources;
        try (Stream<Path> files = Files.list(SOURCES)) {
            sources = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals("ProblemCode.java"))
                    .map(ProblemBundleTest::read)
                    .collect(Collectors.joining("\n"));
        }
        List<String> unused = Arrays.stream(ProblemCode.values())
                .map(ProblemCode::name)
                .filter(name -> !Pattern.compile("\\bProblemCode\\." + name + "\\b")
                        .matcher(sources)
                        .find())
                .toList();

        assertThat(unused).as("codes no source of the package uses").isEmpty();
    }

    @Test
    void everyWordingIsAMessageFormatPatternWithItsApostrophesDoubled() throws IOException {
        Properties base = base();
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        for (String key : base.stringPropertyNames()) {
            String pattern = base.getProperty(key);
            assertThat(loneApostrophe.matcher(pattern).find())
                    .as("%s: a literal ' is written '' (a lone one quotes)", key)
                    .isFalse();
            assertThat(new MessageFormat(pattern, Locale.ROOT).toPattern())
                    .as(key)
                    .isNotBlank();
        }
    }

    @Test
    void theWordingOfAnotherClassIsTheSameInTheBundle() {
        // the bundle words the rules of AudienceId and Certainty, which word them themselves for other callers
        assertThat(Problem.Part.of(ProblemCode.PHRASE_AUDIENCE_ID, AudienceId.MAX_LENGTH, AudienceId.RESERVED)
                        .message(Locale.ROOT))
                .isEqualTo(AudienceId.expected());
        IllegalArgumentException unknown =
                catchThrowableOfType(IllegalArgumentException.class, () -> Certainty.parse(" fairly sure "));
        assertThat(Problem.of("a.md", 1, ProblemCode.CERTAINTY_UNKNOWN, "fairly sure")
                        .message())
                .isEqualTo(unknown.getMessage());
    }

    @Test
    void aProblemIsACodeWithArgumentsWordedInEnglishByDefault() {
        List<Problem> problems = problems();

        assertThat(problems)
                .extracting(Problem::code)
                .containsExactly(
                        ProblemCode.FIELD_TOO_LONG,
                        ProblemCode.CITATION_UNKNOWN_REFERENCE,
                        ProblemCode.FIELD_TOO_LONG,
                        ProblemCode.SECTION_WRONG_HEADING_LEVEL);
        assertThat(problems.get(1).arguments())
                .containsExactly(3, Problem.Part.of(ProblemCode.PHRASE_REFERENCES_ARE, "1"));
        assertThat(problems)
                .extracting(Problem::message)
                .containsExactly(
                        "the title is 1,001 characters; at most 1,000",
                        "citation [3] points at no reference (references are 1)",
                        "the patient override's lead-in is 1,001 characters; at most 1,000",
                        "only '## ' section headings are part of the format (found a level 3 heading); the title"
                                + " goes in the front matter");
        assertThat(problems)
                .as("a locale without a translation reads English (numbers too), whatever the JVM's default")
                .extracting(p -> p.message(Locale.GERMAN))
                .containsExactlyElementsOf(
                        problems.stream().map(Problem::message).toList());
    }

    @Test
    void aProblemIsWordedInTheLocaleAskedForAndInEnglishWhereItsTranslationHasNoWording() {
        List<Problem> problems = problems();

        assertThat(problems)
                .extracting(p -> p.message(XX))
                .containsExactly(
                        "xx: el título tiene 1,001 caracteres; como máximo 1,000",
                        "xx: la cita [3] no apunta a ninguna referencia (las referencias son 1)",
                        "xx: la entrada de la variante para patient tiene 1,001 caracteres; como máximo 1,000",
                        "only '## ' section headings are part of the format (found a level 3 heading); the title"
                                + " goes in the front matter");
        assertThat(problems.get(0).toString())
                .as("file:line: message stays English")
                .isEqualTo("heat.md:3: the title is 1,001 characters; at most 1,000");
    }

    @Test
    void aProblemWordedElsewhereIsShownAsItIsInEveryLocale() {
        Problem worded = new Problem("a.md", 2, "the slug cannot change: keep 'slug: a'");

        assertThat(worded.code()).isEqualTo(ProblemCode.WORDED);
        assertThat(worded.message()).isEqualTo("the slug cannot change: keep 'slug: a'");
        assertThat(worded.message(XX)).isEqualTo(worded.message());
    }

    @Test
    void numbersAreGroupedOnlyWhereTheEnglishWordingGroupsThem() {
        assertThat(Problem.of(
                                "a.md",
                                1,
                                ProblemCode.CITATION_UNKNOWN_REFERENCE,
                                12345,
                                Problem.Part.of(ProblemCode.PHRASE_NO_REFERENCES))
                        .message())
                .isEqualTo("citation [12345] points at no reference (the article lists no references)");
        assertThat(Problem.of("a.md", 1, ProblemCode.FIELD_GIVEN_TWICE, "title", 1234)
                        .message())
                .isEqualTo("'title' is given twice (first on line 1234); give each field once");
        assertThat(Problem.of(
                                "a.md",
                                1,
                                ProblemCode.FIELD_TOO_LONG,
                                Problem.Part.of(ProblemCode.NAME_FILE),
                                1_000_001,
                                1_000_000)
                        .message(Locale.GERMAN))
                .as("no German bundle: English words, and numbers written as in English")
                .isEqualTo("the file is 1,000,001 characters; at most 1,000,000");
    }

    private static List<Problem> problems() {
        return catchThrowableOfType(ArticleFormatException.class, () -> new ArticleParser().parse("heat.md", ARTICLE))
                .problems();
    }

    private static Properties base() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemBundleTest.class.getResourceAsStream(BASE)) {
            assertThat(in).as(BASE).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The keys as written, line by line (comments and blank lines skipped; no value spans lines in this bundle). */
    private static List<String> keyLines() throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = ProblemBundleTest.class.getResourceAsStream(BASE)) {
            Matcher key = Pattern.compile("^([^#!=:\\s][^=:\\s]*)\\s*[=:]").matcher("");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (key.reset(line).find()) {
                    keys.add(key.group(1));
                }
            }
        }
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
