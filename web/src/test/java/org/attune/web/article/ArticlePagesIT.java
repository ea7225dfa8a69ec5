package org.attune.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import org.attune.content.article.Article;
import org.attune.content.article.Section;
import org.attune.content.authoring.ArticleParser;
import org.attune.content.authoring.DemoArticles;
import org.attune.content.citation.CitedText;
import org.attune.content.citation.Reference;
import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.KeyTerm;
import org.attune.web.DeployedAttune;
import org.attune.web.Deployments;
import org.attune.web.Http;
import org.attune.web.SqlStatementCounter;
import org.attune.web.reader.ReaderPageServlet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR on Payara Micro with its embedded database and demo content: what a reader sees on the article list,
 * the article page and the error pages.
 */
@ExtendWith(ArquillianExtension.class)
class ArticlePagesIT extends DeployedAttune {

    private static final String SLUG = "physical-therapy-for-chronic-back-pain";
    private static Article demo;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attuneWar().addClass(SqlStatementCounter.class);
    }

    @BeforeAll
    static void readTheDemoArticleAsAuthored() throws Exception {
        demo = new ArticleParser().parse(SLUG + ".md", DemoArticles.source(SLUG + ".md"));
    }

    @Test
    void operationsSeePagesServedCacheHitsAndRenderTimesAtTheMetricsEndpoint() {
        http.get("/glossary?audience=clinician");
        http.get("/glossary?audience=clinician");

        String metrics = http.get("../metrics?scope=application").body();

        assertThat(metrics)
                .containsPattern("attune_pages_served_total\\{[^}]*cache=\"hit\"[^}]*\\} [1-9]")
                .containsPattern("attune_pages_served_total\\{[^}]*cache=\"miss\"[^}]*\\} [1-9]")
                .contains("attune_page_render_seconds_count");
    }

    @Test
    void homeListsTheDemoArticleWithItsBottomLineStatusAndDate() {
        Document home = http.page("/");

        Element card = home.selectFirst(".article-card:has(a[href$=/articles/" + SLUG + "])");
        assertThat(card).as("a card linking to the demo article").isNotNull();
        assertThat(card.selectFirst(".article-card__answer").text())
                .as("the patient's bottom line, by the author")
                .isEqualTo(CitedText.parse(demo.bottomLine()
                                .overrideFor("patient")
                                .orElseThrow()
                                .text())
                        .withoutCitations());
        assertThat(card.selectFirst(".status").text()).isEqualTo("Review status: Under review");
        assertThat(card.selectFirst("time").attr("datetime")).isEqualTo("2025-12-29");
        assertThat(card.selectFirst("h3").text())
                .as("the question in the reader's words, as on the article page")
                .isEqualTo(http.page("/articles/" + SLUG).selectFirst("h1").text());
        assertThat(http.page("/?audience=clinician")
                        .selectFirst(".article-card h3 a[href$=/articles/" + SLUG + "]")
                        .text())
                .isEqualTo(demo.title());
        assertThat(home.select(".article-card a[href$=/articles/" + SLUG + "]"))
                .as("imported once, not once per start")
                .hasSize(1);
    }

    @Test
    void theDemoArticlesSayTheyAreDemonstrationContentWithIllustrativeReviewers() {
        Document page = http.page("/articles/" + SLUG);

        assertThat(page.selectFirst(".notice--demo").text())
                .startsWith("Demonstration content:")
                .contains("not medical advice");
        assertThat(page.selectFirst("script[type=application/ld+json]").data())
                .contains("\"reviewedBy\":{\"@type\":\"Person\",\"name\":\"Demo reviewer\"}");
        assertThat(http.page("/")
                        .selectFirst(".article-card:has(a[href$=/articles/" + SLUG + "]) .notice--demo")
                        .text())
                .isEqualTo("Demonstration content");
    }

    @Test
    void articlePageShowsTheQuestionReviewStateAndBottomLine() {
        Document page = http.page("/articles/" + SLUG);

        assertThat(page.select("h1"))
                .singleElement()
                .extracting(Element::text)
                .asString()
                .startsWith("What is the purpose of physical therapy");
        assertThat(page.select(".review__stages li"))
                .extracting(Element::text)
                .containsExactly("Submitted", "Under review (current stage)", "Approved");
        assertThat(page.select(".review__stages li[aria-current=step]"))
                .singleElement()
                .extracting(Element::text)
                .asString()
                .startsWith("Under review");
        assertThat(page.selectFirst(".notice--pending").text()).startsWith("Educational purpose only — pending review");
        assertThat(page.selectFirst(".updated time").text()).isEqualTo("December 29, 2025");
        assertThat(http.page("/articles/" + SLUG + "?audience=clinician")
                        .selectFirst(".bottom-line p")
                        .text())
                .startsWith(demo.bottomLine().citedText().withoutCitations().substring(0, 60));
        assertThat(page.selectFirst(".disclaimer").text())
                .as("a first-time reader gets the patient version and its disclaimer")
                .contains("does not replace advice from your own clinician");
    }

    @Test
    void theClinicianPageShowsEverySectionWithItsStatementsAndLeadInsAsAuthored() {
        Document page = http.page("/articles/" + SLUG + "?audience=clinician");

        List<String> headings = page.select("section.article-section > h2").eachText();
        assertThat(headings)
                .containsExactlyElementsOf(
                        demo.sections().stream().map(Section::heading).toList());
        for (Section section : demo.sections()) {
            Element shown = page.select("section.article-section").stream()
                    .filter(s -> s.selectFirst("h2").text().equals(section.heading()))
                    .findFirst()
                    .orElseThrow();
            assertThat(shown.select("p, li"))
                    .as(section.heading())
                    .hasSize(section.blocks().size());
            List<String> leadIns = section.blocks().stream()
                    .filter(b -> b.hasLeadIn())
                    .map(b -> b.leadIn())
                    .toList();
            assertThat(shown.select("strong.lead-in").eachText()).containsExactlyElementsOf(leadIns);
        }
    }

    @Test
    void everyReferenceIsListedWithTypeTitleSourceAndYear() {
        Document page = http.page("/articles/" + SLUG);

        List<Element> items = page.select("ol.references > li");
        assertThat(items).hasSize(demo.references().size());
        for (Reference reference : demo.references()) {
            Element item = page.getElementById(reference.anchor());
            assertThat(item).as(reference.anchor()).isNotNull();
            assertThat(item.attr("value")).isEqualTo(String.valueOf(reference.number()));
            assertThat(item.selectFirst(".reference__title").text()).isEqualTo(reference.title());
            assertThat(item.selectFirst(".reference__source").text())
                    .isEqualTo(reference.source() + ", " + reference.year());
            assertThat(item.selectFirst(".reference__type").text()).isNotBlank();
        }
    }

    @Test
    void everyCitationIsASuperscriptLinkToAnExistingReference() {
        Document page = http.page("/articles/" + SLUG + "?audience=clinician");

        List<Element> links = page.select("sup.citation a");
        long citedInSource = demo.blocks()
                .mapToLong(b -> b.citedText().citedNumbers().size())
                .sum();
        assertThat(links).hasSize((int) citedInSource);
        Set<String> anchors =
                page.select("ol.references > li[id]").stream().map(Element::id).collect(Collectors.toSet());
        for (Element link : links) {
            String target = link.attr("href");
            assertThat(target).startsWith("#");
            assertThat(anchors).as("target of citation " + link.text()).contains(target.substring(1));
            assertThat(target).isEqualTo("#ref-" + link.text());
        }
    }

    @Test
    void pagesLoadNothingFromOutsideTheServer() {
        for (String path : List.of("/", "/articles/" + SLUG)) {
            Document page = http.page(path);
            assertThat(page.select("script[src], link[href], img[src], iframe[src]"))
                    .allSatisfy(e -> assertThat(e.attr("src") + e.attr("href")).startsWith("/"));
            page.select("link[rel=stylesheet]")
                    .forEach(css -> assertThat(http.get(css.absUrl("href")).statusCode())
                            .isEqualTo(200));
        }
    }

    @Test
    void anUnknownArticleIsAProperNotFoundPage() {
        HttpResponse<String> response = http.get("/articles/no-such-article");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>Page not found</h1>").doesNotContain("Exception");
    }

    @Test
    void hostileAddressesGetAnErrorPageThatEchoesNothing() {
        for (String path : List.of(
                "/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "/articles/..%2F..%2Fetc", "/articles/a/b/c", "/no-such-page")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isBetween(400, 404);
            assertThat(response.body())
                    .as(path)
                    .doesNotContain("<script>")
                    .doesNotContain("Exception")
                    .doesNotContain("at org.");
        }
    }

    @Test
    void theArticleIndexPathLeadsHome() {
        assertRedirect("/articles/", 302, "/");
    }

    // ---- The article in each audience's language -------------------------------------------------------------

    /**
     * The terms that have plain wording but that the patient version keeps as written everywhere it uses them,
     * explained in a note.
     */
    private static java.util.Set<String> keptForPatients() {
        List<org.attune.personalization.rewrite.Run> terms = BuiltInEngine.rewriter()
                .rewrite(demo, AudienceProfiles.builtIn().get("patient"))
                .blocks()
                .flatMap(b -> java.util.stream.Stream.concat(
                        b.hasLeadIn() ? b.leadIn().runs().stream() : java.util.stream.Stream.empty(),
                        b.text().runs().stream()))
                .filter(r -> r.note() != null && r.note().plain() != null)
                .toList();
        return terms.stream()
                .map(r -> r.note().term())
                .filter(term -> terms.stream()
                        .filter(r -> r.note().term().equals(term))
                        .noneMatch(r -> r.note().replaced()))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static List<KeyTerm> keyTermsOfTheDemo() {
        return BuiltInEngine.rewriter()
                .rewrite(demo, AudienceProfiles.builtIn().get("student"))
                .keyTerms();
    }

    /** The reader-facing text of the article: bottom line and sections. */
    private static String bodyText(Document page) {
        Document copy = page.clone();
        copy.select("dfn.term__original").remove();
        return copy.select(".bottom-line p, section.article-section").text();
    }

    @Test
    void thePatientPageUsesNoTechnicalTermThatHasPlainWordsExceptInFirstMentionParentheses() {
        Document patient = http.page("/articles/" + SLUG + "?audience=patient");

        String text = bodyText(patient);
        // Terms with no plain wording stay, for patients too (e.g. "physical therapy"), and so does a term whose plain
        // wording does not fit where it stands, explained instead ("holds over follow-up of 2 to 18 months": not
        // "holds over tracking"): take them out first, longest first, so that a shorter term inside them ("therapy")
        // is not mistaken for a left-over.
        java.util.Set<String> keptOnPurpose = keptForPatients();
        assertThat(keptOnPurpose)
                .as("kept as written where the plain wording does not fit")
                .containsExactly("follow-up");
        List<String> kept = keyTermsOfTheDemo().stream()
                .filter(t -> t.plain() == null || keptOnPurpose.contains(t.term()))
                .flatMap(t -> java.util.stream.Stream.of(t.term(), t.abbreviation()))
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList();
        for (String term : kept) {
            text = wholeWord(term).matcher(text).replaceAll(" ");
        }
        String remaining = text;
        List<String> leftOver = keyTermsOfTheDemo().stream()
                .filter(t -> t.plain() != null)
                .flatMap(t -> java.util.stream.Stream.of(t.term(), t.abbreviation()))
                .filter(java.util.Objects::nonNull)
                .filter(term -> wholeWord(term).matcher(remaining).find())
                .toList();
        assertThat(leftOver).isEmpty();
        assertThat(patient.select("dfn.term__original"))
                .as("the technical term follows its first plain mention")
                .isNotEmpty();
        assertThat(patient.selectFirst("article").attr("data-audience")).isEqualTo("patient");
    }

    private static Pattern wholeWord(String term) {
        return Pattern.compile("(?i)(?<![\\p{L}-])" + Pattern.quote(term) + "(?:s|es)?(?![\\p{L}-])");
    }

    @Test
    void thePatientPageKeepsEveryNumberAndCitationOfTheClinicianPage() {
        Document clinician = http.page("/articles/" + SLUG + "?audience=clinician");
        Document patient = http.page("/articles/" + SLUG + "?audience=patient");

        assertThat(patient.select("sup.citation a").eachAttr("href"))
                .containsExactlyElementsOf(clinician.select("sup.citation a").eachAttr("href"));
        List<String> clinicianNumbers = numbers(clinician);
        List<String> patientNumbers = numbers(patient);
        assertThat(patientNumbers).as("numbers of the patient page, in order").containsSubsequence(clinicianNumbers);
        assertThat(patient.select("ol.references > li").eachText())
                .as("the same evidence behind every version")
                .containsExactlyElementsOf(
                        clinician.select("ol.references > li").eachText());
    }

    /** The numbers a reader reads in the article body, in order (citation links and asides left out). */
    private static List<String> numbers(Document page) {
        Document copy = page.clone();
        copy.select("sup.citation, dfn.term__original").remove();
        Matcher m = Pattern.compile("\\d+(?:\\.\\d+)?")
                .matcher(copy.select(".bottom-line p, section.article-section").text());
        List<String> numbers = new java.util.ArrayList<>();
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers;
    }

    @Test
    void theStudentPageDefinesItsTermsAndSpellsOutAbbreviations() {
        Document student = http.page("/articles/" + SLUG + "?audience=student");

        assertThat(student.select("dfn.term")).isNotEmpty().allSatisfy(dfn -> {
            Element next = dfn.nextElementSibling();
            assertThat(next).as("definition after " + dfn.text()).isNotNull();
            assertThat(next.hasClass("term__definition"))
                    .as("definition after " + dfn.text())
                    .isTrue();
            assertThat(next.text()).as("definition after " + dfn.text()).hasSizeGreaterThan(10);
        });
        assertThat(student.select("abbr[title]"))
                .extracting(e -> e.attr("title"))
                .isNotEmpty()
                .allSatisfy(title -> assertThat(title).isNotBlank());
        List<String> keyTerms = student.select("#key-terms dt dfn").eachText();
        assertThat(keyTerms)
                .containsExactlyElementsOf(
                        keyTermsOfTheDemo().stream().map(KeyTerm::term).toList());
        assertThat(student.select("section.article-section strong.lead-in").eachText())
                .as("terms are kept for students")
                .contains("Prevention of deconditioning:");
        assertThat(student.selectFirst(".disclaimer").text()).contains("study aid");
    }

    @Test
    void theClinicianPageHasTheProfessionalDisclaimer() {
        assertThat(http.page("/articles/" + SLUG + "?audience=clinician")
                        .selectFirst(".disclaimer")
                        .text())
                .contains("healthcare professionals")
                .contains("clinical judgement");
    }

    @Test
    void anUnknownAudienceShowsTheDefaultWithANoticeAndNeverEchoesTheValue() {
        for (String value : List.of("astronaut", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "", "PATIENT%00")) {
            HttpResponse<String> response = http.get("/articles/" + SLUG + "?audience=" + value);

            assertThat(response.statusCode()).as(value).isEqualTo(200);
            Document page = org.jsoup.Jsoup.parse(response.body());
            assertThat(page.selectFirst("article").attr("data-audience")).isEqualTo("patient");
            assertThat(page.selectFirst(".notice--audience").text()).contains("shown for: Patient");
            assertThat(response.body()).doesNotContain("astronaut").doesNotContain("<script>alert");
        }
        HttpResponse<String> tampered = http.get("/articles/" + SLUG, "Cookie", "attune-audience=surgeon");
        assertThat(tampered.statusCode()).isEqualTo(200);
        assertThat(tampered.body()).contains("notice--audience").doesNotContain("surgeon");
    }

    @Test
    void theChoiceIsRememberedInAnHttpOnlySameSiteCookieAndSendsTheReaderBack() throws Exception {
        HttpResponse<String> chosen =
                http.post("/audience", "audience", "student", "return", "/articles/" + SLUG + "?x=1");

        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/articles/" + SLUG + "?x=1"));
        String cookie = chosen.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("attune-audience="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie)
                .startsWith("attune-audience=student;")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        Document page = org.jsoup.Jsoup.parse(http.get("/articles/" + SLUG, "Cookie", "attune-audience=student")
                .body());
        assertThat(page.selectFirst("article").attr("data-audience")).isEqualTo("student");
        assertThat(page.selectFirst("#audience-student").hasAttr("checked")).isTrue();

        HttpResponse<String> elsewhere = http.post("/audience", "audience", "clinician", "return", "//evil.example");
        assertThat(elsewhere.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("evil"));
    }

    @Test
    void aChoicePostedFromAnotherSiteChangesNothing() {
        String form = Http.form("audience", "clinician", "return", "/");
        String type = "application/x-www-form-urlencoded";
        String ownOrigin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();

        HttpResponse<String> fromAnotherSite =
                http.submit("POST", "/audience", form, "Content-Type", type, "Sec-Fetch-Site", "cross-site");
        HttpResponse<String> fromAnotherSiteInAnOldBrowser =
                http.submit("POST", "/audience", form, "Content-Type", type, "Origin", "http://evil.example");
        HttpResponse<String> fromThisSite = http.submit(
                "POST", "/audience", form, "Content-Type", type, "Sec-Fetch-Site", "same-origin", "Origin", ownOrigin);
        HttpResponse<String> fromThisSiteInAnOldBrowser =
                http.submit("POST", "/audience", form, "Content-Type", type, "Origin", ownOrigin);

        for (HttpResponse<String> refused : List.of(fromAnotherSite, fromAnotherSiteInAnOldBrowser)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("attune-audience="));
        }
        for (HttpResponse<String> chosen : List.of(fromThisSite, fromThisSiteInAnOldBrowser)) {
            assertThat(chosen.statusCode()).isEqualTo(303);
            assertThat(chosen.headers().allValues("Set-Cookie"))
                    .anyMatch(c -> c.startsWith("attune-audience=clinician"));
        }
    }

    @Test
    void cachedPagesNeverCrossAudiences() {
        HttpResponse<String> patient = http.get("/articles/" + SLUG, "Cookie", "attune-audience=patient");
        HttpResponse<String> clinician = http.get("/articles/" + SLUG, "Cookie", "attune-audience=clinician");
        String patientTag = patient.headers().firstValue("ETag").orElseThrow();

        assertThat(patient.headers().firstValue("Vary"))
                .hasValueSatisfying(v -> assertThat(v).contains("Cookie"));
        assertThat(patient.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("private"));
        assertThat(clinician.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(patientTag);

        HttpResponse<String> clinicianWithPatientsTag =
                http.get("/articles/" + SLUG, "Cookie", "attune-audience=clinician", "If-None-Match", patientTag);
        assertThat(clinicianWithPatientsTag.statusCode()).isEqualTo(200);
        assertThat(clinicianWithPatientsTag.body()).isEqualTo(clinician.body());
        HttpResponse<String> patientAgain =
                http.get("/articles/" + SLUG, "Cookie", "attune-audience=patient", "If-None-Match", patientTag);
        assertThat(patientAgain.statusCode())
                .as("unchanged for the same audience")
                .isEqualTo(304);
    }

    @Test
    void aPageIsRenderedOnceThenSentAsKeptAndCompressedForClientsThatTakeGzip() throws Exception {
        String path = "/articles/" + SLUG + "?audience=student&visit=" + System.nanoTime();

        HttpResponse<String> first = http.get(path);
        HttpResponse<String> second = http.get(path);
        HttpResponse<byte[]> zipped = http.getBytes(path, "Accept-Encoding", "gzip, deflate");

        assertThat(first.headers().firstValue(ReaderPageServlet.CACHE_HEADER)).hasValue("miss");
        assertThat(second.headers().firstValue(ReaderPageServlet.CACHE_HEADER)).hasValue("hit");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary")).hasValue("Cookie, Accept-Encoding");
        assertThat(zipped.body().length)
                .as("compressed")
                .isLessThan(first.body().length() / 3);
        try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(first.body());
        }
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(zippedTag).isNotEqualTo(first.headers().firstValue("ETag").orElseThrow());
        assertThat(http.get(path, "Accept-Encoding", "gzip", "If-None-Match", zippedTag)
                        .statusCode())
                .isEqualTo(304);
        assertThat(http.get(path, "Accept-Encoding", "gzip;q=0", "If-None-Match", zippedTag)
                        .statusCode())
                .as("the uncompressed page is another representation")
                .isEqualTo(200);
    }

    @Test
    void everyResponseForbidsInlineScriptAndFramingByOtherSites() {
        for (String path : List.of(
                "/",
                "/articles/" + SLUG,
                "/glossary",
                "/search?q=pain",
                "/login",
                "/articles/no-such-article",
                "/css/attune.css")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp)
                            .contains("script-src 'self'", "frame-ancestors 'self'")
                            .doesNotContain("unsafe"));
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
        }
    }

    @Test
    void structuredDataDescribesTheMedicalWebPageForItsAudience() {
        String patient = http.page("/articles/" + SLUG + "?audience=patient")
                .selectFirst("script[type=application/ld+json]")
                .data();
        String student = http.page("/articles/" + SLUG + "?audience=student")
                .selectFirst("script[type=application/ld+json]")
                .data();
        String approved = http.page("/articles/heat-therapy-for-low-back-pain?audience=clinician")
                .selectFirst("script[type=application/ld+json]")
                .data();

        assertThat(patient)
                .contains("\"@type\":\"MedicalWebPage\"")
                .contains("\"medicalAudience\":{\"@type\":\"MedicalAudience\",\"audienceType\":\"Patient\"}")
                .contains("\"lastReviewed\":\"2025-12-29\"")
                .contains("\"creativeWorkStatus\":\"Under review\"")
                .contains("\"reviewedBy\":{\"@type\":\"Person\",\"name\":\""
                        + demo.latestReview().orElseThrow().reviewer() + "\"}");
        assertThat(patient.split("\"@type\":\"CreativeWork\"", -1))
                .hasSize(demo.references().size() + 1);
        assertThat(student).contains("\"audience\":{\"@type\":\"Audience\",\"audienceType\":\"Medical student\"}");
        assertThat(approved)
                .contains("\"audienceType\":\"Clinician\"")
                .contains("\"lastReviewed\":\"2025-12-15\"")
                .contains("\"creativeWorkStatus\":\"Approved\"")
                .contains("\"reviewedBy\":{\"@type\":\"Person\"");
    }

    @Test
    void theGlossaryListsTheTermsOfThePublishedArticlesFromAToZ() {
        Document glossary = http.page("/glossary");

        List<String> terms = glossary.select(".glossary-letter dt dfn").eachText();
        assertThat(terms).contains("deconditioning").isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        Element deconditioning = glossary.getElementById("term-deconditioning");
        assertThat(deconditioning).isNotNull();
        assertThat(deconditioning.nextElementSibling().text()).contains("In plain words");
        assertThat(glossary.select(".letters a").eachText())
                .allSatisfy(l -> assertThat(l).hasSize(1));

        Document forArticle = http.page("/glossary?article=" + SLUG);
        assertThat(forArticle.select(".glossary-letter dt dfn").eachText())
                .containsExactlyInAnyOrderElementsOf(
                        keyTermsOfTheDemo().stream().map(KeyTerm::term).toList());
        assertThat(http.page("/articles/" + SLUG + "?audience=patient")
                        .select("a[href*=/glossary?article=" + SLUG + "]"))
                .as("each article links to its key terms")
                .isNotEmpty();
    }

    @Test
    void searchFindsSectionsInAnyAudiencesWordsAndShowsThemInTheReadersOwn() {
        Document tens = http.page("/search?q=electrical+nerve+stimulation&audience=clinician");
        assertThat(tens.select(".search-hit__section").eachText()).contains("Critical Implementation Considerations");
        assertThat(tens.select(".search-hit a").eachAttr("href"))
                .anySatisfy(href -> assertThat(href)
                        .endsWith("/articles/" + SLUG + "#section-critical-implementation-considerations"));

        Document bedRest = http.page("/search?q=bed+rest&audience=clinician");
        assertThat(bedRest.select(".search-hit mark").eachText()).contains("bed", "rest");

        Document hostile = http.page("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(hostile.select("script:not([type])")).isEmpty();
        assertThat(hostile.selectFirst("#ask-q").val()).isEqualTo("<script>alert(1)</script>");

        assertThat(http.page("/search?q=").selectFirst(".search-outcome").text())
                .contains("Type a word");
        assertThat(http.page("/search").selectFirst(".search-outcome").text()).contains("Type a word");
        assertThat(http.page("/search?q=" + "x".repeat(300))
                        .selectFirst(".search-outcome")
                        .text())
                .contains("too long");
        assertThat(http.page("/").select("form[role=search]"))
                .as("the follow-up box on the home page")
                .isNotEmpty();
        assertThat(http.page("/articles/" + SLUG).select("form[role=search]"))
                .as("and on every article")
                .isNotEmpty();
    }

    @Test
    void searchAndTheGlossaryRunNoSqlWhileNoArticleChanges() {
        http.page("/search?q=bed+rest");
        http.page("/glossary");
        long before = sqlStatements();

        for (String query : List.of("pain", "heat wraps", "electrical nerve stimulation", "belly pain")) {
            http.page("/search?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        http.page("/glossary");
        http.page("/glossary?article=" + SLUG);

        assertThat(sqlStatements())
                .as("statements run by the searches and glossary pages")
                .isEqualTo(before);
        http.page("/articles/" + SLUG + "?visit=" + System.nanoTime());
        assertThat(sqlStatements())
                .as("an article page not rendered yet loads from the database: the count is live")
                .isGreaterThan(before);
    }

    // ---- The same article for programs: /api/v1/articles ------------------------------------------------------

    @Test
    void theApiGivesThePatientVersionWithThePagesOwnTexts() {
        JsonObject json = (JsonObject) json(http.get("/api/v1/articles/" + SLUG + "?audience=patient"));
        Document page = http.page("/articles/" + SLUG + "?audience=patient");
        page.select("sup.citation").remove();

        assertThat(json.getString("audience")).isEqualTo("patient");
        assertThat(json.getJsonObject("title").getString("text"))
                .isEqualTo(page.selectFirst("h1").text());
        assertThat(blockText(json.getJsonObject("bottomLine")))
                .isEqualTo(page.selectFirst(".bottom-line p").text());
        List<JsonObject> sections = json.getJsonArray("sections").getValuesAs(JsonObject.class);
        List<Element> shown = page.select("section.article-section");
        assertThat(sections).hasSameSizeAs(shown);
        for (int i = 0; i < sections.size(); i++) {
            assertThat(sections.get(i).getString("anchor"))
                    .isEqualTo(shown.get(i).id());
            assertThat(sections.get(i).getJsonArray("blocks").getValuesAs(JsonObject.class))
                    .extracting(ArticlePagesIT::blockText)
                    .containsExactlyElementsOf(shown.get(i).select("p, li").eachText());
        }
        assertThat(json.getJsonArray("references")).hasSize(demo.references().size());
        assertThat(json.getJsonObject("readability").keySet()).containsExactly("patient", "clinician", "student");
        assertThat(json.getJsonObject("review").getString("status")).isEqualTo("under-review");
    }

    @Test
    void theApiMarksTermsAndCitationsAsRuns() {
        JsonObject json = (JsonObject) json(http.get("/api/v1/articles/" + SLUG + "?audience=student"));
        List<JsonObject> runs = json.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .flatMap(s -> s.getJsonArray("blocks").getValuesAs(JsonObject.class).stream())
                .flatMap(b -> b.getJsonObject("text").getJsonArray("runs").getValuesAs(JsonObject.class).stream())
                .toList();

        assertThat(runs).filteredOn(r -> r.getString("type").equals("term")).anySatisfy(r -> {
            assertThat(r.getString("term")).isEqualTo("deconditioning");
            assertThat(r.getString("definition")).isNotBlank();
        });
        assertThat(runs)
                .filteredOn(r -> r.getString("type").equals("citation"))
                .allSatisfy(r -> assertThat(r.getJsonArray("references")).isNotEmpty());
    }

    @Test
    void theApiListsTheArticlesAndAnswersWithValidatorsAndProblems() {
        HttpResponse<String> list = http.get("/api/v1/articles");
        assertThat(((JsonArray) json(list)).getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("slug"))
                .contains(SLUG);

        HttpResponse<String> article = http.get("/api/v1/articles/" + SLUG + "?audience=clinician");
        String tag = article.headers().firstValue("ETag").orElseThrow();
        assertThat(article.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-cache"));
        assertThat(http.get("/api/v1/articles/" + SLUG + "?audience=clinician", "If-None-Match", tag)
                        .statusCode())
                .isEqualTo(304);
        assertThat(http.get("/api/v1/articles/" + SLUG + "?audience=patient", "If-None-Match", tag)
                        .statusCode())
                .as("another audience is another document")
                .isEqualTo(200);

        HttpResponse<String> unknownAudience = http.get("/api/v1/articles/" + SLUG + "?audience=nurse");
        assertThat(unknownAudience.statusCode()).isEqualTo(400);
        assertThat(unknownAudience.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknownAudience.body())
                .contains("patient, clinician, student")
                .doesNotContain("nurse");
        HttpResponse<String> missing = http.get("/api/v1/articles/no-such-article");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theOpenApiDocumentDescribesTheArticlesApi() {
        HttpResponse<String> openapi = http.get("../openapi"); // served by Payara at the server root

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/articles/{slug}", "/api/v1/articles", "audience");
    }

    private static String blockText(JsonObject block) {
        String text = block.getJsonObject("text").getString("text");
        return block.containsKey("leadIn") ? block.getJsonObject("leadIn").getString("text") + " " + text : text;
    }

    private static JsonStructure json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}
