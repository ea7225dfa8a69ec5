package org.attune.personalization.rewrite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.attune.content.article.Article;
import org.attune.content.article.AudienceOverride;
import org.attune.content.article.Block;
import org.attune.content.article.BlockKind;
import org.attune.content.article.Section;
import org.attune.content.citation.Reference;
import org.attune.content.citation.ReferenceType;
import org.attune.content.review.ReviewEvent;
import org.attune.content.review.ReviewStatus;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.glossary.Glossary;
import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.glossary.TestEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleRewriterTest {

    private static final String SRC = "test glossary";
    private static final AudienceProfiles AUDIENCES = AudienceProfiles.builtIn();
    private static final AudienceProfile PATIENT = AUDIENCES.get("patient");
    private static final AudienceProfile STUDENT = AUDIENCES.get("student");
    private static final AudienceProfile CLINICIAN = AUDIENCES.get("clinician");

    private static GlossaryEntry term(String term, String plain, String definition) {
        return new GlossaryEntry(term, null, List.of(), null, plain, null, definition, null, SRC);
    }

    static final Glossary GLOSSARY = Glossary.of(
            "test",
            List.of(
                    term("deconditioning", "loss of fitness", "decline in fitness"),
                    term("analgesic", "pain-relieving", "relieving pain"),
                    term("opioid", "strong painkiller", "a strong pain medicine"),
                    term("modality", "type of treatment", "a kind of physical treatment"),
                    term("endogenous opioid", "painkiller made by the body", "a natural painkiller"),
                    term("episode", "flare-up", "a bout of symptoms"),
                    term("medication", "medicine", null),
                    term("usual care", "regular care", "standard care"),
                    TestEntries.tens("a device", SRC),
                    new GlossaryEntry(
                            "physical therapy",
                            null,
                            List.of(),
                            "PT",
                            null,
                            null,
                            "exercise-based treatment",
                            null,
                            SRC)));

    private static final ArticleRewriter REWRITER = new ArticleRewriter(GLOSSARY, ProtectedSpans.builtIn());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // plain wording replaces the term; first mention keeps the term in parentheses
                "patient   | Bed rest causes deconditioning. | Bed rest causes loss of fitness (deconditioning).",
                // only the first mention gets the aside
                "patient   | Deconditioning follows deconditioning. | Loss of fitness (deconditioning) follows loss of fitness.",
                // sentence-initial capital
                "patient   | Rest. Deconditioning follows. | Rest. Loss of fitness (deconditioning) follows.",
                // a/an agreement
                "patient   | It has an analgesic effect. | It has a pain-relieving (analgesic) effect.",
                "patient   | It is a episode. | It is a flare-up (episode).",
                "patient   | An episode passes. | A flare-up (episode) passes.",
                // plural agreement
                "patient   | Reliance on opioids falls. | Reliance on strong painkillers (opioids) falls.",
                "patient   | Passive modalities help little. | Passive types of treatment (modalities) help little.",
                // longest match
                "patient   | An endogenous opioid is released. | A painkiller made by the body (endogenous opioid) is released.",
                // a synonym without definition gets no aside
                "patient   | Lower medication doses. | Lower medicine doses.",
                // no aside when a parenthesis follows already
                "patient   | Usual care (as before) works. | Regular care (as before) works.",
                // abbreviation: plain wording for patients
                "patient   | Avoid TENS now. | Avoid electrical nerve stimulation (TENS) now.",
                // a term without plain wording is kept; author-defined abbreviation kept
                "patient   | Physical therapy (PT) helps; PT works. | Physical therapy (PT) helps; physical therapy works.",
                // student: term kept; abbreviation spelled out at first use only
                "student   | TENS and TENS. | Transcutaneous electrical nerve stimulation (TENS) and TENS.",
                "student   | Bed rest causes deconditioning. | Bed rest causes deconditioning.",
                "student   | Physical therapy (PT) helps; PT works. | Physical therapy (PT) helps; PT works.",
                "student   | PT works. | Physical therapy (PT) works.",
                // clinician: as authored
                "clinician | Avoid TENS and opioids. | Avoid TENS and opioids.",
                // protected spans are never touched
                "patient   | By 10 points over 2 to 18 months [1, 3]. | By 10 points over 2 to 18 months [1, 3].",
                // negations are kept in place
                "patient   | Do not use opioids without care. | Do not use strong painkillers (opioids) without care."
            })
    void rewritesForTheAudience(String audience, String source, String expected) {
        RewrittenText out = REWRITER.rewrite(source, AUDIENCES.get(audience));
        assertThat(out.display()).isEqualTo(expected);
    }

    @Test
    void runsSeparateTextTermsAndCitations() {
        RewrittenText out = REWRITER.rewrite("It prevents deconditioning. [2, 4]", PATIENT);
        assertThat(out.runs())
                .extracting(Run::kind)
                .containsExactly(RunKind.TEXT, RunKind.TERM, RunKind.TEXT, RunKind.CITATION);
        Run term = out.runs().get(1);
        assertThat(term.text()).isEqualTo("loss of fitness");
        assertThat(term.aside()).isEqualTo("deconditioning");
        assertThat(term.note())
                .isEqualTo(new TermNote(
                        "deconditioning",
                        "deconditioning",
                        "loss of fitness",
                        "decline in fitness",
                        null,
                        SRC,
                        true,
                        true));
        assertThat(out.runs().get(3).citation()).containsExactly(2, 4);
    }

    @Test
    void studentRunsCarryTheDefinitionAndMarkTheFirstMention() {
        RewrittenText out = REWRITER.rewrite("Deconditioning, then deconditioning.", STUDENT);
        List<Run> terms = out.terms();
        assertThat(terms).extracting(Run::text).containsExactly("Deconditioning", "deconditioning");
        assertThat(terms).extracting(r -> r.note().definition()).containsOnly("decline in fitness");
        assertThat(terms).extracting(r -> r.note().firstMention()).containsExactly(true, false);
        assertThat(terms).extracting(r -> r.note().replaced()).containsOnly(false);
    }

    @Test
    void abbreviationRunCarriesItsExpansion() {
        Run tens = REWRITER.rewrite("TENS and TENS", STUDENT).terms().get(1);
        assertThat(tens.text()).isEqualTo("TENS");
        assertThat(tens.note().expansion()).isEqualTo("transcutaneous electrical nerve stimulation");
    }

    private static Article article() {
        Block bottom = new Block(BlockKind.PARAGRAPH, null, "Physical therapy prevents deconditioning. [1]");
        Block withOverride = new Block(
                BlockKind.STATEMENT,
                "Avoid opioids",
                "Opioids add little to usual care. [1]",
                List.of(new AudienceOverride("patient", "Strong painkillers", "My own words for patients. [1]")));
        Block plain = Block.statement("Deconditioning", "Deconditioning returns in an episode.");
        return new Article(
                "demo",
                "Why deconditioning matters",
                bottom,
                List.of(new Section("Prevention of deconditioning", List.of(withOverride, plain))),
                List.of(new Reference(1, ReferenceType.GUIDELINE, "A guideline", "A journal", 2020, null, null, null)),
                List.of(new ReviewEvent(ReviewStatus.SUBMITTED, "Dr. A", LocalDate.of(2025, 1, 1), null)),
                LocalDate.of(2025, 1, 2),
                List.of(),
                false);
    }

    @Test
    void aHeadingOnItsOwnReadsAsInTheArticleWithoutAsides() {
        assertThat(REWRITER.rewriteHeading("Why deconditioning matters", PATIENT)
                        .display())
                .isEqualTo(REWRITER.rewrite(article(), PATIENT).title().display())
                .isEqualTo("Why loss of fitness matters");
        assertThat(REWRITER.rewrite("Why deconditioning matters", PATIENT).display())
                .as("running text gets the first-mention aside")
                .contains("(deconditioning)");
    }

    @Test
    void articleForPatientUsesOverridesAndCountsFirstMentionsAcrossTheArticle() {
        RewrittenArticle out = REWRITER.rewrite(article(), PATIENT);
        assertThat(out.title().display()).isEqualTo("Why loss of fitness matters");
        assertThat(out.bottomLine().text().display())
                .isEqualTo("Physical therapy prevents loss of fitness (deconditioning). [1]");
        assertThat(out.sections().get(0).heading().display()).isEqualTo("Prevention of loss of fitness");
        RewrittenBlock overridden = out.sections().get(0).blocks().get(0);
        assertThat(overridden.authorOverride()).isTrue();
        assertThat(overridden.leadIn().display()).isEqualTo("Strong painkillers");
        assertThat(overridden.text().display()).isEqualTo("My own words for patients. [1]");
        RewrittenBlock later = out.sections().get(0).blocks().get(1);
        assertThat(later.leadIn().display()).isEqualTo("Loss of fitness");
        assertThat(later.text().display()).isEqualTo("Loss of fitness returns in a flare-up (episode).");
        assertThat(out.keyTerms())
                .extracting(KeyTerm::term)
                .containsExactly("deconditioning", "physical therapy", "episode");
    }

    @Test
    void articleForClinicianIsAsAuthoredWithNoKeyTerms() {
        Article article = article();
        RewrittenArticle out = REWRITER.rewrite(article, CLINICIAN);
        assertThat(out.title().display()).isEqualTo(article.title());
        assertThat(out.blocks().map(b -> b.text().display()).toList())
                .isEqualTo(article.blocks().map(Block::text).toList());
        assertThat(out.keyTerms()).isEmpty();
    }

    @Test
    void theEngineIsSharedSafelyBetweenCalls() {
        RewrittenText first = REWRITER.rewrite("deconditioning", PATIENT);
        RewrittenText second = REWRITER.rewrite("deconditioning", PATIENT);
        assertThat(second).isEqualTo(first);
        assertThat(second.terms().get(0).note().firstMention()).isTrue();
    }
}
