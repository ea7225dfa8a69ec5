package org.attune.personalization.readability;

import java.util.Locale;

import org.attune.content.article.Article;
import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.glossary.Glossaries;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.ProtectedSpans;
import org.attune.personalization.rewrite.RewrittenArticle;

/**
 * Readability of the demo articles as the engine alone writes them for patients (every author override left out),
 * before the plain-language rules (terms only) and after them, beside the clinician's text. Measured on what the
 * reader reads: every block, lead-ins as units of their own, first-mention asides included, the numbers moved out
 * excluded. The figures in personalization/README.md and BENCHMARKS.md come from {@link #main}.
 */
public final class PlainLanguageReadability {

    static final ArticleRewriter TERMS_ONLY = new ArticleRewriter(Glossaries.builtIn(), ProtectedSpans.builtIn());
    static final ArticleRewriter WITH_PLAIN_RULES = BuiltInEngine.rewriter();

    private PlainLanguageReadability() {}

    static Readability patient(ArticleRewriter engine, Article article) {
        AudienceProfile patient = AudienceProfiles.builtIn().get("patient");
        return ReadabilityAnalyzer.analyze(engine.rewriteIgnoringOverrides(article, patient));
    }

    static Readability clinician(Article article) {
        RewrittenArticle out =
                TERMS_ONLY.rewrite(article, AudienceProfiles.builtIn().get("clinician"));
        return ReadabilityAnalyzer.analyze(out);
    }

    public static void main(String[] args) {
        System.out.println("| article | text | words | sentences | Flesch–Kincaid | SMOG |");
        System.out.println("|---|---|---|---|---|---|");
        for (String name : DemoArticleReadability.DEMO_ARTICLES) {
            Article article = DemoArticleReadability.load(name);
            row(name, "clinician", clinician(article));
            row(name, "patient, terms only (before)", patient(TERMS_ONLY, article));
            row(name, "patient, plain-language rules (after)", patient(WITH_PLAIN_RULES, article));
        }
    }

    private static void row(String name, String what, Readability r) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %d | %d | %.1f | %.1f |%n",
                name.replace(".md", ""),
                what,
                r.words(),
                r.sentences(),
                r.fleschKincaidGrade(),
                r.smog());
    }
}
