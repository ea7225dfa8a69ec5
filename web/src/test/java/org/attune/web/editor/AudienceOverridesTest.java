package org.attune.web.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.attune.content.article.Article;
import org.attune.content.article.AudienceOverride;
import org.attune.content.authoring.ArticleParser;
import org.attune.content.authoring.DemoArticles;
import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfiles;
import org.junit.jupiter.api.Test;

class AudienceOverridesTest {

    private static final String HEAT = "heat-therapy-for-low-back-pain.md";

    private static AudienceOverrides offering(String audiencesFile) throws Exception {
        AudienceOverrides overrides = new AudienceOverrides();
        overrides.audiences = AudienceProfiles.load("ours.tsv", new StringReader(audiencesFile));
        overrides.rewriter = BuiltInEngine.rewriter();
        return overrides;
    }

    private static Article withOverrideFor(String audience) throws Exception {
        Article article = new ArticleParser().parse(HEAT, DemoArticles.source(HEAT));
        return article.withBlock(
                0,
                article.bottomLine().withOverride(audience, new AudienceOverride(audience, null, "Their own words.")));
    }

    @Test
    void theAuthorIsToldOfWordingForAnAudienceTheSiteDoesNotOfferAndItIsKeptOnSaving() throws Exception {
        AudienceOverrides overrides = offering("patient\tplain\tMedicalAudience:Patient\n");
        Article article = withOverrideFor("patinet");

        assertThat(overrides.unoffered(article)).containsExactly("patinet");
        assertThat(overrides.rows(article).get(0).cells())
                .extracting(c -> c.audience().id())
                .containsExactly("patient");
        assertThat(overrides.apply(article, java.util.Map.of()).bottomLine().overrideFor("patinet"))
                .as("saving the audience versions keeps it")
                .isPresent();
    }

    @Test
    void aHospitalsOwnAudienceGetsItsOwnColumnAndNoWarning() throws Exception {
        AudienceOverrides overrides = offering("patient\tplain\tMedicalAudience:Patient\n"
                + "caregiver\tplain\tAudience:Caregiver\tFamily caregiver\tFor carers.\n");
        Article article = withOverrideFor("caregiver");

        assertThat(overrides.unoffered(article)).isEmpty();
        assertThat(overrides.rows(article).get(0).cells())
                .filteredOn(c -> c.audience().id().equals("caregiver"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.text()).isEqualTo("Their own words.");
                });
    }
}
