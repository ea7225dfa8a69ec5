package org.attune.personalization.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.content.article.Article;
import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.glossary.Glossaries;
import org.attune.personalization.readability.DemoArticleReadability;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine's output, run by run, compared with golden files written by the engine as it was before the rewrite
 * was made faster: both demo articles and every reference sentence for every audience, and sentences generated
 * from a fixed seed for the audiences that rewrite. Any change to what a reader sees fails here.
 *
 * <p>The golden files are read from {@code src/test/resources/golden} under the module directory (where Surefire
 * runs). After a deliberate change of output, regenerate them with {@code -Dgolden.update=true} and review the
 * diff.
 */
class GoldenOutputTest {

    private static final Path GOLDEN_DIR = Path.of("src/test/resources/golden");
    private static final ArticleRewriter ENGINE = BuiltInEngine.rewriter();
    private static final List<AudienceProfile> AUDIENCES =
            AudienceProfiles.builtIn().all();

    @ParameterizedTest
    @ValueSource(strings = {"demo-articles", "reference-sentences", "tricky-sentences"})
    void outputIsUnchanged(String name) throws IOException {
        String actual = switch (name) {
            case "demo-articles" -> demoArticles();
            case "reference-sentences" -> texts(referenceSentences(), AUDIENCES, new RewriteDump(false), true);
            default ->
                texts(
                        TrickySentences.make(Glossaries.builtIn(), 20261127L, 400),
                        AUDIENCES.stream()
                                .filter(a -> !a.id().equals("clinician"))
                                .toList(),
                        new RewriteDump(true),
                        false);
        };
        String file = name + ".txt";
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN_DIR.resolve(file), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("rewrite output, compared with golden/%s", file).isEqualTo(golden(file));
    }

    private static String demoArticles() {
        RewriteDump dump = new RewriteDump(false);
        for (String fileName : DemoArticleReadability.DEMO_ARTICLES) {
            Article article = DemoArticleReadability.load(fileName);
            for (AudienceProfile audience : AUDIENCES) {
                dump.title(fileName + " for " + audience.id()).article(ENGINE.rewrite(article, audience));
            }
            dump.title(fileName + " key terms").keyTerms(ENGINE.keyTerms(article));
        }
        return dump.toString();
    }

    private static String texts(
            List<String> texts, List<AudienceProfile> audiences, RewriteDump dump, boolean asHeadingsToo) {
        for (String text : texts) {
            dump.title(text);
            for (AudienceProfile audience : audiences) {
                dump.text(audience.id(), ENGINE.rewrite(text, audience));
                if (asHeadingsToo) {
                    dump.text(audience.id() + " heading", ENGINE.rewriteHeading(text, audience));
                }
            }
        }
        return dump.toString();
    }

    private static List<String> referenceSentences() throws IOException {
        try (InputStream in = GoldenOutputTest.class.getResourceAsStream("/reference-article-sentences.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
        }
    }

    private static String golden(String file) throws IOException {
        Path path = GOLDEN_DIR.resolve(file);
        assertThat(path)
                .as("golden file (generate it with -Dgolden.update=true)")
                .exists();
        return Files.readString(path, StandardCharsets.UTF_8);
    }
}
