package org.attune.personalization.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.attune.content.article.Article;
import org.attune.content.authoring.ArticleParser;
import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.RewrittenArticle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Search over the real demo article and small test articles, with the real built-in engine. */
class SearchIndexTest {

    static final String DEMO = "articles/physical-therapy-for-chronic-back-pain.md";
    static final String CRITICAL = "Critical Implementation Considerations";

    /** A small article for words the demo does not use; the glossary maps "abdomen" to "belly". */
    static final String STOMACH_FLU = authored("stomach-flu", "What helps with stomach flu?", """
            Most people get better within a few days with rest and plenty of fluids.

            ## Symptoms

            Watery stools and abdominal pain usually start one to three days after the virus is caught.

            ## Home care

            Sip fluids often and eat bland food once your belly settles.

            ## What to watch for

            Most people recover at home without any treatment, and the illness runs its course in a few days. \
            Keep drinking small amounts often, even when you do not feel like it, and rest as much as you can. \
            Children and older adults lose water faster than others, so check on them often during the day and \
            night. Offer plain water, broth or an oral rehydration drink rather than juice or soda, which can make \
            stools looser. Call a doctor at once if you see signs of dehydration such as a dry mouth, very dark \
            urine or no urine for eight hours.
            """);

    /** Clinician text where BM25 and the count of the reader's own words disagree. */
    static final String PAIN_SCALES = authored("pain-scales", "How is pain measured?", """
            Ask for the pain level: pain level, then pain again.

            ## Scales

            Numeric rating scales record pain intensity from zero to ten, and visual analogue scales record it on \
            a line, which suits patients who find numbers hard; both are repeated at each visit so that change over \
            weeks of treatment can be followed and compared with the patient's own goals for daily activity.
            """);

    static final AudienceProfiles AUDIENCES = AudienceProfiles.builtIn();
    static final AudienceProfile PATIENT = AUDIENCES.get("patient");
    static final AudienceProfile CLINICIAN = AUDIENCES.get("clinician");
    static final AudienceProfile STUDENT = AUDIENCES.get("student");

    static ArticleRewriter rewriter;
    static Article demo;
    static Article stomachFlu;
    static SearchIndex index;

    @BeforeAll
    static void buildIndex() throws Exception {
        rewriter = BuiltInEngine.rewriter();
        demo = new ArticleParser().parse(DEMO, resource(DEMO));
        stomachFlu = new ArticleParser().parse("stomach-flu.md", STOMACH_FLU);
        index = SearchIndex.build(List.of(demo, stomachFlu), rewriter, AUDIENCES);
    }

    /** A test article's source: front matter, then the body (bottom line, then sections). */
    static String authored(String slug, String title, String body) {
        return """
                ---
                slug: %s
                title: %s
                updated: 2025-01-10
                review:
                  - status: submitted
                    by: Dr. Test Author
                    on: 2025-01-09
                ---
                """.formatted(slug, title) + body;
    }

    /** An article whose bottom line and two sections say the same, so that they score the same. */
    static Article twin(String slug) throws Exception {
        return new ArticleParser().parse(slug + ".md", authored(slug, "Twins", """
                Rest helps most people.

                ## First

                Rest helps most people.

                ## Second

                Rest helps most people.
                """));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SearchIndexTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("class path resource " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<SearchHit> hits(String query, AudienceProfile reader) {
        SearchResults results = index.search(query, reader);
        assertThat(results.problem()).as("problem of '" + query + "'").isNull();
        return results.hits();
    }

    static SearchHit hitIn(List<SearchHit> hits, String anchor) {
        return hits.stream()
                .filter(h -> h.sectionAnchor().equals(anchor))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no hit in " + anchor + " among " + hits));
    }

    static List<String> lowerCaseMatches(SearchHit hit) {
        return hit.matchedPieces().stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    }

    @Nested
    class Synonyms {

        @Test
        void electricalNerveStimulationFindsTheSectionThatSaysTens() {
            List<SearchHit> hits = hits("electrical nerve stimulation", CLINICIAN);

            assertThat(hits).extracting(SearchHit::sectionHeading).containsExactly(CRITICAL);
            SearchHit hit = hits.get(0);
            assertThat(hit.articleSlug()).isEqualTo(demo.slug());
            assertThat(hit.sectionAnchor()).isEqualTo("section-critical-implementation-considerations");
            assertThat(hit.matchedPieces())
                    .as("the synonym the clinician reads is marked")
                    .containsExactly("TENS");
        }

        @Test
        void aStudentSeesTheSpelledOutWordsMarked() {
            SearchHit hit = hits("electrical nerve stimulation", STUDENT).get(0);

            assertThat(hit.snippetText()).contains("transcutaneous electrical nerve stimulation (TENS)");
            assertThat(hit.matchedPieces()).containsExactly("electrical", "nerve", "stimulation");
        }

        @Test
        void aPatientsBellyPainFindsTextThatSaysAbdominalPain() {
            List<SearchHit> hits = hits("belly pain", PATIENT);

            SearchHit hit = hits.get(0);
            assertThat(hit.articleSlug()).isEqualTo("stomach-flu");
            assertThat(hit.sectionHeading()).isEqualTo("Symptoms");
            assertThat(hit.snippetText()).contains("abdominal pain");
            assertThat(hit.matchedPieces()).containsExactly("abdominal", "pain");
        }

        @Test
        void theTechnicalTermFindsTheEverydayWord() {
            List<SearchHit> hits = hits("abdomen", CLINICIAN);

            // ranked by BM25: both sections mention the group once, and "Home care" is the shorter text
            assertThat(hits).extracting(SearchHit::sectionHeading).containsExactlyInAnyOrder("Symptoms", "Home care");
            assertThat(hitIn(hits, "section-home-care").matchedPieces()).containsExactly("belly");
        }

        @Test
        void tensOfPatientsIsNotTheDevice() throws Exception {
            Article tensOfPatients = new ArticleParser()
                    .parse("tens.md", STOMACH_FLU.replace("Most people get better", "Tens of patients get better"));
            SearchIndex tens = SearchIndex.build(List.of(tensOfPatients), rewriter, AUDIENCES);

            assertThat(tens.search("electrical nerve stimulation", CLINICIAN).nothingFound())
                    .isTrue();
            assertThat(tens.search("tens", CLINICIAN).hits())
                    .extracting(SearchHit::sectionAnchor)
                    .containsExactly("bottom-line");
        }

        @Test
        void thePlainWordingFindsTheTermAndMarksIt() {
            List<SearchHit> hits = hits("loss of fitness", CLINICIAN);

            assertThat(hits).isNotEmpty();
            assertThat(hits).allSatisfy(h -> assertThat(h.matchedPieces()).contains("deconditioning"));
        }
    }

    @Nested
    class MatchedWords {

        @Test
        void bedRestMarksBothWords() {
            List<SearchHit> hits = hits("bed rest", CLINICIAN);

            // ranked by BM25: CRITICAL's block "Bed rest should not be prescribed…" is short and about bed rest
            assertThat(hits)
                    .extracting(SearchHit::sectionHeading)
                    .containsExactlyInAnyOrder("Primary Therapeutic Goals", CRITICAL);
            assertThat(hits).allSatisfy(h -> assertThat(lowerCaseMatches(h)).contains("bed", "rest"));
            assertThat(hitIn(hits, "section-critical-implementation-considerations")
                            .snippet())
                    .startsWith(new Snippet("Bed", true), new Snippet(" ", false), new Snippet("rest", true));
        }

        @Test
        void pluralsAndCaseDoNotMatter() {
            assertThat(hits("LUMBAR SUPPORT", CLINICIAN))
                    .extracting(SearchHit::sectionHeading)
                    .containsExactly(CRITICAL);
            assertThat(hits("lumbar supports", CLINICIAN).get(0).matchedPieces())
                    .containsExactly("lumbar", "supports");
        }

        @Test
        void everyWordMustMatchInTheSameSection() {
            assertThat(hits("TENS bed rest", CLINICIAN))
                    .extracting(SearchHit::sectionHeading)
                    .containsExactly(CRITICAL);
            assertThat(hits("TENS massage", CLINICIAN))
                    .as("TENS and massage are in different sections")
                    .isEmpty();
        }

        @Test
        void aWordNoArticleUsesFindsNothing() {
            SearchResults results = index.search("appendicitis", PATIENT);

            assertThat(results.hasProblem()).isFalse();
            assertThat(results.nothingFound()).isTrue();
            assertThat(results.suggestion())
                    .as("a real word is not turned into another")
                    .isNull();
        }

        @Test
        void aCurlyApostropheIsAnApostrophe() {
            List<SearchHit> curly = hits("heat\u2019s", CLINICIAN);

            assertThat(curly).isNotEmpty().isEqualTo(hits("heat's", CLINICIAN)).isEqualTo(hits("heat", CLINICIAN));
        }

        @Test
        void markupIsJustAWordThatFindsNothing() {
            SearchResults results = index.search("<script>alert(1)</script>", PATIENT);

            assertThat(results.problem()).isNull();
            assertThat(results.hits()).isEmpty();
            assertThat(results.query()).isEqualTo("<script>alert(1)</script>");
        }

        @Test
        void snippetsCarryNoCitationMarkers() {
            assertThat(hits("pain", CLINICIAN))
                    .isNotEmpty()
                    .allSatisfy(h -> assertThat(h.snippetText()).doesNotContainPattern("\\[\\d"));
        }
    }

    @Nested
    class Typos {

        static final List<String> PHYSICAL_THERAPY_SECTIONS = List.of(
                "bottom-line",
                "section-primary-therapeutic-goals",
                "section-evidence-based-components",
                "section-comparative-effectiveness",
                "section-mechanism-of-benefit",
                "section-integration-with-multimodal-care",
                "section-realistic-outcome-expectations");

        @Test
        void aMisspeltWordIsSearchedAsTheWordThePassagesUseAndSuggested() {
            SearchResults results = index.search("back pian", PATIENT);

            assertThat(results.suggestion()).isEqualTo("back pain");
            assertThat(results.hits())
                    .isNotEmpty()
                    .isEqualTo(index.search("back pain", PATIENT).hits())
                    .allSatisfy(h -> assertThat(h.articleSlug()).isEqualTo(demo.slug()));
            assertThat(results.hits())
                    .extracting(SearchHit::sectionAnchor)
                    .contains("bottom-line", "section-primary-therapeutic-goals");
        }

        @Test
        void aLongWordMayBeFurtherOff() {
            SearchResults results = index.search("phisical therapy", CLINICIAN);

            assertThat(results.suggestion()).isEqualTo("physical therapy");
            assertThat(results.hits())
                    .isEqualTo(index.search("physical therapy", CLINICIAN).hits());
            assertThat(results.hits()).extracting(SearchHit::sectionAnchor).containsAll(PHYSICAL_THERAPY_SECTIONS);
            assertThat(results.hits())
                    .allSatisfy(h -> assertThat(lowerCaseMatches(h)).contains("physical", "therapy"));
        }

        @Test
        void physioIsTheGlossarysWordForPhysicalTherapyNotATypo() {
            SearchResults results = index.search("physio", CLINICIAN);

            assertThat(results.suggestion()).isNull();
            assertThat(results.hits()).extracting(SearchHit::sectionAnchor).containsAll(PHYSICAL_THERAPY_SECTIONS);
            assertThat(results.hits()).allSatisfy(h -> {
                assertThat(h.articleSlug()).isEqualTo(demo.slug());
                assertThat(lowerCaseMatches(h)).contains("physical therapy");
            });
        }

        @Test
        void aCorrectionIsNotSuggestedWhenTheCorrectedQueryFindsNothing() {
            SearchResults results = index.search("pian appendicitis", PATIENT);

            assertThat(results.nothingFound()).isTrue();
            assertThat(results.hasSuggestion()).isFalse();
        }

        @Test
        void aWordThePassagesUseIsNeverCorrected() {
            assertThat(index.search("bed rest", PATIENT).suggestion()).isNull();
            assertThat(index.search("TENS massage", CLINICIAN).suggestion()).isNull();
        }
    }

    @Nested
    class ReadersAudience {

        @Test
        void aPatientSeesThePlainWordingOfATerm() {
            SearchHit hit = hitIn(hits("pain intensity", PATIENT), "section-comparative-effectiveness");

            assertThat(hit.snippetText()).contains("pain level").doesNotContain("pain intensity");
            assertThat(hit.matchedPieces()).containsExactly("pain level");
        }

        @Test
        void aPatientSeesTheAuthorsPatientWording() {
            SearchHit hit = hitIn(hits("bed rest", PATIENT), "section-critical-implementation-considerations");

            assertThat(hit.snippetText())
                    .startsWith("Do not stay in bed to rest your back.")
                    .doesNotContain("prescribed", "deconditioning");
            assertThat(lowerCaseMatches(hit)).contains("bed", "rest");
        }

        @Test
        void headingAndTitleAreInTheReadersAudienceButTheAnchorIsTheAuthoredOne() {
            SearchHit patient = hitIn(hits("bed rest", PATIENT), "section-primary-therapeutic-goals");
            SearchHit clinician = hitIn(hits("bed rest", CLINICIAN), "section-primary-therapeutic-goals");

            assertThat(clinician.sectionHeading()).isEqualTo("Primary Therapeutic Goals");
            assertThat(patient.sectionHeading())
                    .isEqualTo(rewriter.rewrite(demo, PATIENT)
                            .sections()
                            .get(0)
                            .heading()
                            .withoutCitations());
            assertThat(patient.sectionHeading()).isNotEqualTo(clinician.sectionHeading());
            assertThat(patient.sectionAnchor())
                    .isEqualTo(clinician.sectionAnchor())
                    .isEqualTo("section-primary-therapeutic-goals");
            assertThat(patient.articleTitle())
                    .isEqualTo(rewriter.rewrite(demo, PATIENT).title().withoutCitations())
                    .doesNotContain("chronic");
            assertThat(clinician.articleTitle()).isEqualTo(demo.title());
        }

        @Test
        void aPatientSearchingTheTechnicalTermSeesTheEverydayWordsMarked() {
            SearchHit hit = hits("lumbar supports", PATIENT).get(0);

            assertThat(hit.snippetText()).doesNotContain("lumbar");
            assertThat(hit.matchedPieces()).containsExactly("back support belt");
        }

        @Test
        void theBottomLineHasNoHeadingAndItsOwnAnchor() {
            SearchHit hit = hitIn(hits("pain intensity", CLINICIAN), "bottom-line");

            assertThat(hit.isBottomLine()).isTrue();
            assertThat(hit.sectionHeading()).isNull();
            assertThat(hit.sectionAnchor()).isEqualTo("bottom-line");
        }
    }

    @Nested
    class Ranking {

        @Test
        void sectionsWithMoreWordsInTheReadersOwnTextComeFirst() {
            // the patient reads "pain intensity" only in the primary goals (the first mention's aside); the bottom
            // line is the author's own wording, which says "pain" but not "pain intensity"
            assertThat(hits("pain intensity", PATIENT))
                    .extracting(SearchHit::sectionAnchor)
                    .startsWith("section-primary-therapeutic-goals")
                    .contains("bottom-line");
        }

        @Test
        void moreOwnWordsBeatAHigherScore() throws Exception {
            SearchIndex scales = SearchIndex.build(
                    List.of(new ArticleParser().parse("pain-scales.md", PAIN_SCALES)), rewriter, AUDIENCES);

            assertThat(scales.search("pain", CLINICIAN).hits())
                    .as("by BM25, the short bottom line says it most")
                    .extracting(SearchHit::sectionAnchor)
                    .containsExactly("bottom-line", "section-scales");
            assertThat(scales.search("pain intensity", CLINICIAN).hits())
                    .as("only the section's own text says both words; the bottom line says \"pain level\"")
                    .extracting(SearchHit::sectionAnchor)
                    .containsExactly("section-scales", "bottom-line");
        }

        @Test
        void tiesKeepArticleThenSectionOrder() throws Exception {
            SearchIndex twins = SearchIndex.build(List.of(twin("twins-a"), twin("twins-b")), rewriter, AUDIENCES);

            assertThat(twins.search("rest", CLINICIAN).hits())
                    .extracting(SearchHit::articleSlug, SearchHit::sectionAnchor)
                    .containsExactly(
                            tuple("twins-a", "bottom-line"),
                            tuple("twins-a", "section-first"),
                            tuple("twins-a", "section-second"),
                            tuple("twins-b", "bottom-line"),
                            tuple("twins-b", "section-first"),
                            tuple("twins-b", "section-second"));
        }

        @Test
        void theSameQueryGivesTheSameResultsFromAFreshIndex() {
            SearchIndex again = SearchIndex.build(List.of(demo, stomachFlu), rewriter, AUDIENCES);

            for (String query : List.of("pain", "bed rest", "electrical nerve stimulation", "belly pain")) {
                assertThat(again.search(query, PATIENT)).isEqualTo(index.search(query, PATIENT));
            }
        }

        @Test
        void atMostTwentyHits() throws Exception {
            List<Article> many = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                many.add(new ArticleParser()
                        .parse("copy" + i, STOMACH_FLU.replace("slug: stomach-flu", "slug: stomach-flu-" + i)));
            }
            SearchIndex big = SearchIndex.build(many, rewriter, AUDIENCES);

            List<SearchHit> hits = big.search("day", CLINICIAN).hits();
            assertThat(hits).hasSize(SearchIndex.MAX_HITS);
            assertThat(hits.get(0).articleSlug()).isEqualTo("stomach-flu-0");
        }
    }

    @Nested
    class Snippets {

        @Test
        void aLongBlockIsTrimmedAroundTheMatch() {
            SearchHit hit = hits("dehydration", PATIENT).get(0);

            String text = hit.snippetText();
            assertThat(text).startsWith("\u2026").doesNotStartWith("\u2026 ").endsWith("urine for eight hours.");
            assertThat(text.length()).isBetween(150, SearchIndex.SNIPPET_LENGTH + 2);
            assertThat(hit.matchedPieces()).containsExactly("dehydration");
        }

        @Test
        void aShortBlockIsShownWhole() {
            SearchHit hit = hitIn(hits("belly", CLINICIAN), "section-home-care");

            assertThat(hit.snippet())
                    .containsExactly(
                            new Snippet("Sip fluids often and eat bland food once your ", false),
                            new Snippet("belly", true),
                            new Snippet(" settles.", false));
        }

        @Test
        void aLeadInIsJoinedWithASingleColon() {
            SearchHit hit = hits("electrical nerve stimulation", CLINICIAN).get(0);

            assertThat(hit.snippetText())
                    .startsWith("Physical therapy must be active rather than passive: Passive")
                    .doesNotContain("::");
        }

        @Test
        void wordsInDifferentBlocksShowBothBlocks() {
            SearchHit hit = hits("ultrasound imaging", CLINICIAN).get(0);

            assertThat(hit.sectionHeading()).isEqualTo(CRITICAL);
            assertThat(hit.snippetText()).contains(" \u2026 ");
            assertThat(lowerCaseMatches(hit)).contains("ultrasound", "imaging");
        }
    }

    @Nested
    class Building {

        @Test
        void articlesAlreadyRewrittenAreIndexedAsTheyAre() {
            SearchableArticle flu = SearchableArticle.rewrite(stomachFlu, rewriter, AUDIENCES);
            SearchIndex fromVersions = SearchIndex.of(List.of(flu), AUDIENCES, rewriter);
            SearchIndex fromArticles = SearchIndex.build(List.of(stomachFlu), rewriter, AUDIENCES);

            assertThat(fromVersions.size()).isEqualTo(fromArticles.size()).isEqualTo(4);
            assertThat(fromVersions.search("belly", PATIENT)).isEqualTo(fromArticles.search("belly", PATIENT));
        }

        @Test
        void withoutArticlesNothingIsFound() {
            SearchIndex empty = SearchIndex.build(List.of(), rewriter, AUDIENCES);
            SearchIndex noVersions = SearchIndex.of(List.of(), AUDIENCES, rewriter);

            assertThat(empty.size()).isZero();
            assertThat(empty.search("back pian", PATIENT).nothingFound()).isTrue();
            assertThat(noVersions.search("back pain", STUDENT).nothingFound()).isTrue();
        }

        @Test
        void anArticleHasOneVersionPerAudienceAllOfItself() {
            RewrittenArticle patients = rewriter.rewrite(stomachFlu, PATIENT);

            assertThatThrownBy(() -> new SearchableArticle("other", List.of(patients)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("stomach-flu");
            assertThatThrownBy(() -> new SearchableArticle("stomach-flu", List.of(patients, patients)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("patient");
        }

        @Test
        void everyArticleIsIndexedForTheSameAudiences() {
            SearchableArticle forAll = SearchableArticle.rewrite(stomachFlu, rewriter, AUDIENCES);
            SearchableArticle forPatients =
                    new SearchableArticle(demo.slug(), List.of(rewriter.rewrite(demo, PATIENT)));

            assertThatThrownBy(() -> SearchIndex.of(List.of(forAll, forPatients), AUDIENCES, rewriter))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(demo.slug());
        }
    }

    @Nested
    class Problems {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   ", "\t\n "})
        void nothingTypedIsEmpty(String query) {
            assertProblem(query, QueryProblem.EMPTY);
        }

        @Test
        void moreThanTwoHundredCharactersIsTooLong() {
            SearchResults results = index.search("pain ".repeat(100), PATIENT);

            assertThat(results.problem()).isEqualTo(QueryProblem.TOO_LONG);
            assertThat(results.hits()).isEmpty();
            assertThat(results.query()).hasSize(SearchIndex.MAX_QUERY_LENGTH);
        }

        @Test
        void twoHundredCharactersAreSearched() {
            String query = "pain" + " ".repeat(SearchIndex.MAX_QUERY_LENGTH - 8) + "back";

            assertThat(index.search(query, PATIENT).hits()).isNotEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"the of and ???", "?!", "a", "--- ... ***", "what is the"})
        void noSearchableWordIsNoWords(String query) {
            assertProblem(query, QueryProblem.NO_WORDS);
        }

        void assertProblem(String query, QueryProblem problem) {
            SearchResults results = index.search(query, PATIENT);

            assertThat(results.problem()).isEqualTo(problem);
            assertThat(results.hits()).isEmpty();
        }

        @Test
        void anAudienceThatWasNotIndexedIsAnError() {
            SearchIndex patientsOnly =
                    SearchIndex.build(List.of(stomachFlu), rewriter, AudienceProfiles.of(List.of(PATIENT)));

            assertThatThrownBy(() -> patientsOnly.search("belly", STUDENT))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("student");
        }
    }
}
