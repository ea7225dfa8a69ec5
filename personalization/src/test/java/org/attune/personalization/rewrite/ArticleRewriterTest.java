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
import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.glossary.Glossary;
import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.glossary.TermContext;
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
        return new GlossaryEntry(term, null, List.of(), null, plain, null, definition, null, SRC, TermContext.NONE);
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
                    term("multidisciplinary rehabilitation", "team-based rehab", "rehabilitation by a team"),
                    term("multidisciplinary", "team-based", "by a team of several professions"),
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
                            SRC,
                            TermContext.NONE)));

    private static final ArticleRewriter REWRITER = new ArticleRewriter(GLOSSARY, ProtectedSpans.builtIn());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // plain wording replaces the term; a term the text mentions once gets no aside
                "patient   | Bed rest causes deconditioning. | Bed rest causes loss of fitness.",
                // a term it mentions again: the first mention keeps the term in parentheses, only the first
                "patient   | Deconditioning follows deconditioning. | Loss of fitness (deconditioning) follows loss of fitness.",
                "patient   | Bed rest causes deconditioning; deconditionings last. | Bed rest causes loss of fitness (deconditioning); losses of fitness last.",
                // sentence-initial capital
                "patient   | Rest. Deconditioning follows. Deconditioning lasts. | Rest. Loss of fitness (deconditioning) follows. Loss of fitness lasts.",
                // a/an agreement
                "patient   | It has an analgesic effect. Analgesic drugs too. | It has a pain-relieving (analgesic) effect. Pain-relieving drugs too.",
                "patient   | It is a episode, a short episode. | It is a flare-up (episode), a short flare-up.",
                "patient   | An episode passes. An episode returns. | A flare-up (episode) passes. A flare-up returns.",
                // plural agreement
                "patient   | Reliance on opioids falls, and opioid doses fall. | Reliance on strong painkillers (opioids) falls, and strong painkiller doses fall.",
                "patient   | Passive modalities help little; a modality is no cure. | Passive types of treatment (modalities) help little; a type of treatment is no cure.",
                // longest match
                "patient   | An endogenous opioid is released. The endogenous opioid acts. | A painkiller made by the body (endogenous opioid) is released. The painkiller made by the body acts.",
                // a synonym without definition gets no aside
                "patient   | Lower medication doses. | Lower medicine doses.",
                // no aside when the plain wording shares a word with the term: the term needs no teaching
                "patient   | Usual care helps. Usual care lasts. | Regular care helps. Regular care lasts.",
                // a term taught inside a longer term, with its plain wording inside the longer one's, is not taught
                // again; with another wording it is
                "patient   | Multidisciplinary rehabilitation works; multidisciplinary rehabilitation helps. Multidisciplinary programs cost; multidisciplinary care too. | Team-based rehab (multidisciplinary rehabilitation) works; team-based rehab helps. Team-based programs cost; team-based care too.",
                "patient   | An endogenous opioid acts. The endogenous opioid helps. Opioids harm; opioids last. | A painkiller made by the body (endogenous opioid) acts. The painkiller made by the body helps. Strong painkillers (opioids) harm; strong painkillers last.",
                // one aside per sentence: the second term is taught at its next mention
                "patient   | Opioids cause deconditioning. Deconditioning and opioids last. | Strong painkillers (opioids) cause loss of fitness. Loss of fitness (deconditioning) and strong painkillers last.",
                // no aside when a parenthesis follows already
                "patient   | Usual care (as before) works. | Regular care (as before) works.",
                // abbreviation: plain wording for patients
                "patient   | Avoid TENS now. TENS hurts. | Avoid electrical nerve stimulation (TENS) now. Electrical nerve stimulation hurts.",
                "patient   | Avoid TENS now. | Avoid electrical nerve stimulation now.",
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
                "patient   | Do not use opioids without care; opioids harm. | Do not use strong painkillers (opioids) without care; strong painkillers harm."
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
        assertThat(term.aside()).as("mentioned once: no aside").isNull();
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
        Block withOverride = new Block(
                BlockKind.STATEMENT,
                "Avoid opioids",
                "Opioids add little to usual care. [1]",
                List.of(new AudienceOverride("patient", "Strong painkillers", "My own words for patients. [1]")));
        Block plain = Block.statement("Deconditioning", "Deconditioning returns in an episode.");
        return article(List.of(withOverride, plain));
    }

    private static Article article(List<Block> blocks) {
        Block bottom = new Block(BlockKind.PARAGRAPH, null, "Physical therapy prevents deconditioning. [1]");
        return new Article(
                "demo",
                "Why deconditioning matters",
                bottom,
                List.of(new Section("Prevention of deconditioning", blocks)),
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
        assertThat(REWRITER.rewrite("Why deconditioning matters: deconditioning lasts", PATIENT)
                        .display())
                .as("running text gets the first-mention aside")
                .isEqualTo("Why loss of fitness (deconditioning) matters: loss of fitness lasts");
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
        assertThat(later.text().display())
                .as("the article mentions episode once: no aside, but it is a key term")
                .isEqualTo("Loss of fitness returns in a flare-up.");
        assertThat(out.keyTerms())
                .extracting(KeyTerm::term)
                .containsExactly("deconditioning", "physical therapy", "episode");
    }

    @Test
    void aTermTheArticleReturnsToGetsTheAsideAtItsFirstMention() {
        Block again = Block.statement(null, "Each episode passes.");
        Block plain = article().sections().get(0).blocks().get(1);
        RewrittenArticle out = REWRITER.rewrite(article(List.of(plain, again)), PATIENT);
        assertThat(out.sections().get(0).blocks().get(0).text().display())
                .isEqualTo("Loss of fitness returns in a flare-up (episode).");
        assertThat(out.sections().get(0).blocks().get(1).text().display()).isEqualTo("Each flare-up passes.");
        assertThat(REWRITER.rewrite(again, PATIENT).text().display())
                .as("a block rewritten on its own counts its own mentions")
                .isEqualTo("Each flare-up passes.");
    }

    @Test
    void aTermReadInAnotherSenseIsNoKeyTerm() {
        ArticleRewriter engine = BuiltInEngine.rewriter();
        Article nasal =
                article(List.of(Block.statement(null, "Topical steroids given as nasal sprays reduced polyp size.")));
        assertThat(engine.keyTerms(nasal)).extracting(KeyTerm::term).doesNotContain("topical");
        assertThat(engine.rewrite(nasal, PATIENT).keyTerms())
                .extracting(KeyTerm::term)
                .doesNotContain("topical");
        Article skin = article(List.of(Block.statement(null, "Topical creams were applied twice a day.")));
        assertThat(engine.keyTerms(skin)).extracting(KeyTerm::term).contains("topical");
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
