package org.attune.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.attune.content.article.Article;
import org.attune.content.article.Section;
import org.attune.content.authoring.ArticleParser;
import org.attune.content.citation.CitedText;
import org.attune.content.citation.Reference;
import org.attune.web.Deployments;
import org.attune.web.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR on Payara Micro with its embedded database and demo content: what a reader sees on the article list,
 * the article page and the error pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArticlePagesIT {

    private static final String SLUG = "physical-therapy-for-chronic-back-pain";
    private static Article demo;

    @ArquillianResource
    private URL base;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attuneWar();
    }

    @BeforeAll
    static void readTheDemoArticleAsAuthored() throws Exception {
        try (InputStream in = ArticlePagesIT.class.getClassLoader().getResourceAsStream("articles/" + SLUG + ".md")) {
            demo = new ArticleParser().parse(SLUG + ".md", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void homeListsTheDemoArticleWithItsBottomLineStatusAndDate() {
        Document home = http.page("/");

        Element card = home.selectFirst(".article-card:has(a[href$=/articles/" + SLUG + "])");
        assertThat(card).as("a card linking to the demo article").isNotNull();
        assertThat(card.selectFirst(".article-card__answer").text()).as("the patient's bottom line, by the author")
                .isEqualTo(CitedText.parse(demo.bottomLine().overrideFor("patient").orElseThrow().text())
                        .withoutCitations());
        assertThat(card.selectFirst(".status").text()).isEqualTo("Review status: Under review");
        assertThat(card.selectFirst("time").attr("datetime")).isEqualTo("2025-12-29");
        assertThat(card.selectFirst("h3").text()).isEqualTo(demo.title());
        assertThat(home.select(".article-card a[href$=/articles/" + SLUG + "]"))
                .as("imported once, not once per start").hasSize(1);
    }

    @Test
    void articlePageShowsTheQuestionReviewStateAndBottomLine() {
        Document page = http.page("/articles/" + SLUG);

        assertThat(page.select("h1")).singleElement().extracting(Element::text).asString()
                .startsWith("What is the purpose of physical therapy");
        assertThat(page.select(".review__stages li")).extracting(Element::text)
                .containsExactly("Submitted", "Under review (current stage)", "Approved");
        assertThat(page.select(".review__stages li[aria-current=step]")).singleElement()
                .extracting(Element::text).asString().startsWith("Under review");
        assertThat(page.selectFirst(".notice--pending").text())
                .startsWith("Educational purpose only — pending review");
        assertThat(page.selectFirst(".updated time").text()).isEqualTo("December 29, 2025");
        assertThat(http.page("/articles/" + SLUG + "?audience=clinician").selectFirst(".bottom-line p").text())
                .startsWith(demo.bottomLine().citedText().withoutCitations().substring(0, 60));
        assertThat(page.selectFirst(".disclaimer").text())
                .as("a first-time reader gets the patient version and its disclaimer")
                .contains("does not replace advice from your own clinician");
    }

    @Test
    void theClinicianPageShowsEverySectionWithItsStatementsAndLeadInsAsAuthored() {
        Document page = http.page("/articles/" + SLUG + "?audience=clinician");

        List<String> headings = page.select("section.article-section > h2").eachText();
        assertThat(headings).containsExactlyElementsOf(demo.sections().stream().map(Section::heading).toList());
        for (Section section : demo.sections()) {
            Element shown = page.select("section.article-section").stream()
                    .filter(s -> s.selectFirst("h2").text().equals(section.heading())).findFirst().orElseThrow();
            assertThat(shown.select("p, li")).as(section.heading()).hasSize(section.blocks().size());
            List<String> leadIns = section.blocks().stream().filter(b -> b.hasLeadIn()).map(b -> b.leadIn()).toList();
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
        long citedInSource = demo.blocks().mapToLong(b -> b.citedText().citedNumbers().size()).sum();
        assertThat(links).hasSize((int) citedInSource);
        Set<String> anchors = page.select("ol.references > li[id]").stream().map(Element::id)
                .collect(Collectors.toSet());
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
            page.select("link[rel=stylesheet]").forEach(css ->
                    assertThat(http.get(css.absUrl("href")).statusCode()).isEqualTo(200));
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
        for (String path : List.of("/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/articles/..%2F..%2Fetc",
                "/articles/a/b/c", "/no-such-page")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isBetween(400, 404);
            assertThat(response.body()).as(path).doesNotContain("<script>").doesNotContain("Exception")
                    .doesNotContain("at org.");
        }
    }

    @Test
    void theArticleIndexPathLeadsHome() {
        HttpResponse<String> response = http.get("/articles/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
