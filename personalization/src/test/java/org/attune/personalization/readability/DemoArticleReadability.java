package org.attune.personalization.readability;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.attune.content.article.Article;
import org.attune.content.article.Block;
import org.attune.content.authoring.ArticleParser;
import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.ProtectedSpans;
import org.attune.personalization.rewrite.TermMatcher;

/**
 * Prints the readability of each demo article per audience, and the jargon left for the patient. The figures in
 * personalization/README.md come from here; reproduce with (from the repository root, after an install):
 * <pre>
 * mvn -q -o -pl personalization test -Dtest=DemoArticleReadabilityTest -Dreadability.print=true
 * </pre>
 */
public final class DemoArticleReadability {

    public static final List<String> DEMO_ARTICLES =
            List.of("physical-therapy-for-chronic-back-pain.md", "heat-therapy-for-low-back-pain.md");

    private DemoArticleReadability() {}

    public static Article load(String fileName) {
        try (InputStream in = Block.class.getResourceAsStream("/articles/" + fileName)) {
            return new ArticleParser().parse(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load demo article " + fileName, e);
        }
    }

    /** Readability per audience id, in the audiences' display order. */
    public static Map<String, Readability> perAudience(ArticleRewriter engine, Article article) {
        Map<String, Readability> figures = new LinkedHashMap<>();
        for (AudienceProfile audience : AudienceProfiles.builtIn().all()) {
            figures.put(audience.id(), ReadabilityAnalyzer.analyze(engine.rewrite(article, audience)));
        }
        return figures;
    }

    public static String report(ArticleRewriter engine, String fileName) {
        Article article = load(fileName);
        StringBuilder out = new StringBuilder(fileName + "\n");
        out.append("| audience | words | sentences | Flesch–Kincaid grade | SMOG grade |\n|---|---|---|---|---|\n");
        perAudience(engine, article)
                .forEach((id, r) -> out.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %d | %.1f | %.1f |%n",
                        id,
                        r.words(),
                        r.sentences(),
                        r.fleschKincaidGrade(),
                        r.smog())));
        JargonReport jargon = new JargonReport(TermMatcher.of(engine.glossary()), ProtectedSpans.builtIn());
        out.append("jargon left for the patient: ")
                .append(jargon.of(
                        engine.rewrite(article, AudienceProfiles.builtIn().get("patient"))
                                .bodyText()))
                .append('\n');
        return out.toString();
    }

    public static void main(String[] args) {
        ArticleRewriter engine = BuiltInEngine.rewriter();
        for (String name : args.length > 0 ? List.of(args) : DEMO_ARTICLES) {
            System.out.println(report(engine, name));
        }
    }
}
