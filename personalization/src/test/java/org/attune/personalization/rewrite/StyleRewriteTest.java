package org.attune.personalization.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import org.attune.content.article.Article;
import org.attune.content.article.Certainty;
import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.audience.RewriteStyle;
import org.attune.personalization.audience.SchemaAudience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Each rewrite style is a strategy found by the style an audience names, whatever the audience is called. */
class StyleRewriteTest {

    private static final ArticleRewriter ENGINE =
            new ArticleRewriter(ArticleRewriterTest.GLOSSARY, ProtectedSpans.builtIn());
    private static final String TEXT =
            "Deconditioning follows bed rest; deconditioning lasts. TENS helps, TENS is safe.";

    private static AudienceProfile hospitalsOwn(String id, RewriteStyle style) {
        return new AudienceProfile(id, style, new SchemaAudience("Audience", id), id, "The " + id + " version.");
    }

    @ParameterizedTest
    @EnumSource(RewriteStyle.class)
    void everyStyleAnAudiencesFileMayNameHasItsStrategy(RewriteStyle style) {
        assertThat(StyleRewrite.of(style).style()).isEqualTo(style);
    }

    @Test
    void plainReplacesEachTermAndTeachesTheTermsTheTextReturnsTo() {
        RewrittenText out = ENGINE.rewrite(TEXT, hospitalsOwn("caregiver", RewriteStyle.PLAIN));

        assertThat(out.display())
                .isEqualTo("Loss of fitness (deconditioning) follows bed rest; loss of fitness lasts. "
                        + "Electrical nerve stimulation (TENS) helps, electrical nerve stimulation is safe.");
    }

    @Test
    void defineKeepsTermsAndSpellsOutAnAbbreviationAtItsFirstUseOnly() {
        RewrittenText out = ENGINE.rewrite(TEXT, hospitalsOwn("trainee", RewriteStyle.DEFINE));

        assertThat(out.display())
                .isEqualTo("Deconditioning follows bed rest; deconditioning lasts. "
                        + "Transcutaneous electrical nerve stimulation (TENS) helps, TENS is safe.");
        assertThat(out.runs()).filteredOn(Run::isTerm).first().satisfies(run -> {
            assertThat(run.note().firstMention()).isTrue();
            assertThat(run.note().definition()).isEqualTo("decline in fitness");
        });
    }

    @Test
    void asAuthoredLeavesTheTextAsWritten() {
        RewrittenText out = ENGINE.rewrite(TEXT, hospitalsOwn("nurse", RewriteStyle.AS_AUTHORED));

        assertThat(out.display()).isEqualTo(TEXT);
        assertThat(out.runs()).noneMatch(Run::isTerm);
    }

    @Test
    void onlyPlainSaysTheCertaintyInWords() {
        PlainRules rules = text -> new PlainedText(text, java.util.List.of());
        PlainRules saying = new PlainRules() {
            @Override
            public PlainedText apply(String text) {
                return rules.apply(text);
            }

            @Override
            public String certaintySentence(Certainty certainty) {
                return "We are confident.";
            }
        };

        assertThat(StyleRewrite.of(RewriteStyle.PLAIN).certaintySentence(Certainty.HIGH, saying))
                .isEqualTo("We are confident.");
        assertThat(StyleRewrite.of(RewriteStyle.DEFINE).certaintySentence(Certainty.HIGH, saying))
                .isNull();
        assertThat(StyleRewrite.of(RewriteStyle.AS_AUTHORED).certaintySentence(Certainty.HIGH, saying))
                .isNull();
    }

    @ParameterizedTest(name = "{0} ({1}) reads as {2}")
    @CsvSource({"caregiver, plain, patient", "trainee, define, student", "nurse, as-authored, clinician"})
    void aHospitalsOwnAudienceReadsTheDemoArticleAsTheBuiltInAudienceOfItsStyle(
            String id, String style, String builtIn) {
        Article article = SafetyPropertiesTest.demoArticle();
        ArticleRewriter engine = BuiltInEngine.rewriter();

        RewrittenArticle own = engine.rewrite(article, hospitalsOwn(id, RewriteStyle.fromCode(style)));
        RewrittenArticle shipped = engine.rewriteIgnoringOverrides(
                article, AudienceProfiles.builtIn().get(builtIn));

        assertThat(own.title()).isEqualTo(shipped.title());
        assertThat(own.bottomLine()).isEqualTo(shipped.bottomLine());
        assertThat(own.sections()).isEqualTo(shipped.sections());
        assertThat(own.keyTerms()).isEqualTo(shipped.keyTerms());
    }
}
