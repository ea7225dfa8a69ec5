package org.attune.web.search;

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
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Search over the real demo article and a small test article, with the real built-in engine. */
class SearchIndexTest {

    static final String DEMO = "articles/physical-therapy-for-chronic-back-pain.md";
    static final String CRITICAL = "Critical Implementation Considerations";

    /** A small article for words the demo does not use; the glossary maps "abdomen" to "belly". */
    static final String STOMACH_FLU = """
            ---
            slug: stomach-flu
            title: What helps with stomach flu?
            updated: 2025-01-10
            review:
              - status: submitted
                by: Dr. Test Author
                on: 2025-01-09
            ---
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
            """;

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
        rewriter = ArticleRewriter.builtIn();
        demo = new ArticleParser().parse(DEMO, resource(DEMO));
        stomachFlu = new ArticleParser().parse("stomach-flu.md", STOMACH_FLU);
        index = SearchIndex.build(List.of(demo, stomachFlu), rewriter, AUDIENCES);
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
        return hits.stream().filter(h -> h.sectionAnchor().equals(anchor)).findFirst()
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
            assertThat(hit.matchedPieces()).as("the synonym the clinician reads is marked").containsExactly("TENS");
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

            assertThat(hits).extracting(SearchHit::sectionHeading).containsExactly("Symptoms", "Home care");
            assertThat(hitIn(hits, "section-home-care").matchedPieces()).containsExactly("belly");
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

            assertThat(hits).extracting(SearchHit::sectionHeading)
                    .containsExactly("Primary Therapeutic Goals", CRITICAL);
            assertThat(hits).allSatisfy(h -> assertThat(lowerCaseMatches(h)).contains("bed", "rest"));
            assertThat(hitIn(hits, "section-critical-implementation-considerations").snippet())
                    .startsWith(new Snippet("Bed", true), new Snippet(" ", false), new Snippet("rest", true));
        }

        @Test
        void pluralsAndCaseDoNotMatter() {
            assertThat(hits("LUMBAR SUPPORT", CLINICIAN)).extracting(SearchHit::sectionHeading)
                    .containsExactly(CRITICAL);
            assertThat(hits("lumbar supports", CLINICIAN).get(0).matchedPieces()).containsExactly("lumbar", "supports");
        }

        @Test
        void everyWordMustMatchInTheSameSection() {
            assertThat(hits("TENS bed rest", CLINICIAN)).extracting(SearchHit::sectionHeading)
                    .containsExactly(CRITICAL);
            assertThat(hits("TENS massage", CLINICIAN)).as("TENS and massage are in different sections").isEmpty();
        }

        @Test
        void aWordNoArticleUsesFindsNothing() {
            SearchResults results = index.search("appendicitis", PATIENT);

            assertThat(results.hasProblem()).isFalse();
            assertThat(results.nothingFound()).isTrue();
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
            assertThat(hits("pain", CLINICIAN)).isNotEmpty()
                    .allSatisfy(h -> assertThat(h.snippetText()).doesNotContainPattern("\\[\\d"));
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

            assertThat(hit.snippetText()).startsWith("Do not stay in bed to rest your back.")
                    .doesNotContain("prescribed", "deconditioning");
            assertThat(lowerCaseMatches(hit)).contains("bed", "rest");
        }

        @Test
        void headingAndTitleAreInTheReadersAudienceButTheAnchorIsTheAuthoredOne() {
            SearchHit patient = hits("bed rest", PATIENT).get(0);
            SearchHit clinician = hits("bed rest", CLINICIAN).get(0);

            assertThat(clinician.sectionHeading()).isEqualTo("Primary Therapeutic Goals");
            assertThat(patient.sectionHeading()).isEqualTo(
                    rewriter.rewrite(demo, PATIENT).sections().get(0).heading().withoutCitations());
            assertThat(patient.sectionHeading()).isNotEqualTo(clinician.sectionHeading());
            assertThat(patient.sectionAnchor()).isEqualTo(clinician.sectionAnchor())
                    .isEqualTo("section-primary-therapeutic-goals");
            assertThat(patient.articleTitle()).isEqualTo(rewriter.rewrite(demo, PATIENT).title().withoutCitations())
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
            SearchHit hit = hits("pain intensity", CLINICIAN).get(0);

            assertThat(hit.isBottomLine()).isTrue();
            assertThat(hit.sectionHeading()).isNull();
            assertThat(hit.sectionAnchor()).isEqualTo("bottom-line");
        }
    }

    @Nested
    class Ranking {

        @Test
        void sectionsWithMoreWordsInTheReadersOwnTextComeFirst() {
            // the patient's bottom line is the author's own wording, which says "pain" but not "pain intensity"
            assertThat(hits("pain intensity", PATIENT)).extracting(SearchHit::sectionAnchor)
                    .startsWith("section-primary-therapeutic-goals", "bottom-line");
            assertThat(hits("pain intensity", CLINICIAN)).extracting(SearchHit::sectionAnchor)
                    .startsWith("bottom-line", "section-primary-therapeutic-goals");
        }

        @Test
        void tiesKeepArticleThenSectionOrder() {
            assertThat(hits("rest", CLINICIAN)).extracting(SearchHit::articleSlug, SearchHit::sectionAnchor)
                    .containsSubsequence(
                            tuple(demo.slug(), "section-primary-therapeutic-goals"),
                            tuple(demo.slug(),
                                    "section-critical-implementation-considerations"),
                            tuple("stomach-flu", "bottom-line"));
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
                many.add(new ArticleParser().parse("copy" + i, STOMACH_FLU.replace("slug: stomach-flu",
                        "slug: stomach-flu-" + i)));
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

            assertThat(hit.snippet()).containsExactly(
                    new Snippet("Sip fluids often and eat bland food once your ", false),
                    new Snippet("belly", true),
                    new Snippet(" settles.", false));
        }

        @Test
        void aLeadInIsJoinedWithASingleColon() {
            SearchHit hit = hits("electrical nerve stimulation", CLINICIAN).get(0);

            assertThat(hit.snippetText()).startsWith("Physical therapy must be active rather than passive: Passive")
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
    class Problems {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   ", "\t\n "})
        void nothingTypedIsEmpty(String query) {
            SearchResults results = index.search(query, PATIENT);

            assertThat(results.problem()).isEqualTo(QueryProblem.EMPTY);
            assertThat(results.hits()).isEmpty();
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
            SearchResults results = index.search(query, PATIENT);

            assertThat(results.problem()).isEqualTo(QueryProblem.NO_WORDS);
            assertThat(results.hits()).isEmpty();
        }

        @Test
        void anAudienceThatWasNotIndexedIsAnError() {
            SearchIndex patientsOnly = SearchIndex.build(List.of(stomachFlu), rewriter,
                    AudienceProfiles.of(List.of(PATIENT)));

            assertThatThrownBy(() -> patientsOnly.search("belly", STUDENT))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("student");
        }
    }
}
