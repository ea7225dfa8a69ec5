package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.attune.web.Http.RawResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input gets a clear answer, never a crash: requests a browser would not send, or a reader would not expect to
 * matter (their language, a forged Host header, an oversized form), against the real WAR on Payara Micro.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT extends DeployedAttune {

    private static final String SLUG = "physical-therapy-for-chronic-back-pain";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attuneWar();
    }

    /** The application's root path, e.g. {@code /attune/}: where a request is sent back to when in doubt. */
    private String root() {
        return http.resolve("/").getRawPath();
    }

    /** A POST to this path below the root with its body (in UTF-8) sent in chunks, without a Content-Length. */
    private RawResponse postChunked(String path, String body, String contentType) {
        return http.chunked("POST", root() + path, body.getBytes(StandardCharsets.UTF_8), "Content-Type", contentType);
    }

    // ---- Request parameters are UTF-8 -----------------------------------------------------------------------

    @Test
    void aCurlyApostropheSearchesLikeAStraightOne() {
        int straight = articleLinks(http.page("/search?q=heat%27s+wraps"));
        int curly = articleLinks(http.page("/search?q=heat%E2%80%99s+wraps"));

        assertThat(curly)
                .as("sections found for heat\u2019s wraps")
                .isPositive()
                .isEqualTo(straight);
    }

    private static int articleLinks(Document searchPage) {
        return searchPage.select("main a[href*=/articles/]").size();
    }

    @Test
    void theSearchBoxShowsAccentedWordsAsTyped() {
        assertThat(http.page("/search?q=%C3%A9t%C3%A9")
                        .selectFirst("input[name=q]")
                        .val())
                .isEqualTo("\u00e9t\u00e9");
    }

    @Test
    void aReturnPathOutsideAsciiSendsTheReaderHomeAndNeverToAnotherSite() {
        // U+012F is written as its low byte 0x2F ('/'): "/\u012fevil.example" would leave as "//evil.example"
        for (String sneaky : List.of(
                "/\u012fevil.example",
                "/\u012f\u012fevil.example",
                "/\uff0f/evil.example",
                "/articles/\u00e9t\u00e9")) {
            HttpResponse<String> chosen = http.post("/audience", "audience", "student", "return", sneaky);

            assertThat(chosen.statusCode()).as(sneaky).isEqualTo(303);
            assertThat(chosen.headers().firstValue("Location")).as(sneaky).contains(root());
        }
    }

    // ---- Too large ------------------------------------------------------------------------------------------

    @Test
    void aFormOverTheSizeLimitIsAnsweredWith413AndAttunesErrorPage() {
        byte[] form = ("audience=student&return=/&padding=" + "a".repeat(3_000_000)).getBytes(StandardCharsets.UTF_8);

        RawResponse answer =
                http.raw("POST", root() + "audience", form, "Content-Type", "application/x-www-form-urlencoded");

        assertThat(answer.status()).isEqualTo(413);
        assertAttuneErrorPage(answer.body(), 413);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413BeforeAnyoneAsksWhoSentIt() {
        String article = "---\nslug: too-big\n---\n" + "x".repeat(3 * 1024 * 1024);

        RawResponse api = postChunked("api/v1/articles", article, "text/markdown; charset=UTF-8");
        RawResponse page = postChunked("audience", article, "text/plain");

        assertThat(api.status()).isEqualTo(413);
        assertThat(api.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"status\":413");
        assertThat(page.status()).isEqualTo(413);
        assertAttuneErrorPage(page.body(), 413);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsIfItsLengthWereGiven() {
        RawResponse anonymous =
                postChunked("api/v1/articles", "---\nslug: small\n---\nText.\n", "text/markdown; charset=UTF-8");

        assertThat(anonymous.status())
                .as("read, then refused for want of a sign-in")
                .isEqualTo(401);
    }

    @Test
    void aChunkedFormIsAskedForItsLength() {
        RawResponse form = postChunked("audience", "audience=student&return=/", "application/x-www-form-urlencoded");

        assertThat(form.status()).isEqualTo(411);
        assertAttuneErrorPage(form.body(), 411);
    }

    @Test
    void everyErrorOfTheApiIsProblemDetailsEvenWhenTheContainerAnswers() {
        byte[] tooLarge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(tooLarge, (byte) 'x');
        RawResponse oversized =
                http.raw("POST", root() + "api/v1/articles", tooLarge, "Content-Type", "text/markdown; charset=UTF-8");
        HttpResponse<String> nowhere = http.get("/api/v1/no-such-resource");

        assertThat(oversized.status()).isEqualTo(413);
        assertThat(oversized.header("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(nowhere.statusCode()).isEqualTo(404);
        assertThat(nowhere.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void theApiDoesNotDescribeItselfToStrangers() {
        HttpResponse<String> wadl = http.get("/api/v1/application.wadl");

        assertThat(wadl.statusCode()).isEqualTo(404);
        assertThat(wadl.body()).doesNotContainIgnoringCase("jersey").doesNotContain("<application");
    }

    // ---- Container-made errors end on Attune's error page ---------------------------------------------------

    @Test
    void anUnknownMethodIsAnsweredWith501AndAttunesErrorPage() {
        HttpResponse<String> brew = http.send("BREW", "/");

        assertThat(brew.statusCode()).isEqualTo(501);
        assertAttuneErrorPage(brew.body(), 501);
    }

    @Test
    void changingAStaticFileIsForbiddenWithAttunesErrorPage() {
        HttpResponse<String> put = http.send("PUT", "/css/attune.css");

        assertThat(put.statusCode()).isEqualTo(403);
        assertAttuneErrorPage(put.body(), 403);
    }

    @Test
    void aMethodAPageDoesNotAllowIsAnsweredWithTheMethodsItDoes() {
        HttpResponse<String> post = http.post("/articles/" + SLUG);

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow"))
                .hasValueSatisfying(
                        allow -> assertThat(Arrays.stream(allow.split(",")).map(String::strip))
                                .containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS"));
        assertAttuneErrorPage(post.body(), 405);
    }

    private static void assertAttuneErrorPage(String body, int status) {
        Document page = Jsoup.parse(body);
        assertThat(page.select("main.error-page h1")).as("Attune's error page").hasSize(1);
        assertThat(page.selectFirst(".error-status").text()).isEqualTo("Error " + status);
        assertThat(page.select("h1").text()).doesNotContain("??");
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("Payara");
    }

    // ---- The Host header is the client's word, not ours -----------------------------------------------------

    @Test
    void aForgedHostHeaderReachesNeitherStructuredDataNorRedirects() {
        RawResponse article = http.raw("GET", root() + "articles/" + SLUG, "Host", "evil.example");
        RawResponse articleIndex = http.raw("GET", root() + "articles/", "Host", "evil.example");
        RawResponse audienceForm = http.raw("GET", root() + "audience", "Host", "evil.example");
        RawResponse chosen = http.raw(
                "POST",
                root() + "audience",
                "audience=student&return=/glossary".getBytes(StandardCharsets.US_ASCII),
                "Host",
                "evil.example",
                "Content-Type",
                "application/x-www-form-urlencoded");

        assertThat(article.status()).isEqualTo(200);
        String jsonLd = Jsoup.parse(article.body())
                .selectFirst("script[type=application/ld+json]")
                .data();
        assertThat(jsonLd).contains("\"url\":").doesNotContain("evil.example");
        for (RawResponse redirect : List.of(articleIndex, audienceForm, chosen)) {
            assertThat(redirect.status()).isBetween(300, 399);
            assertThat(redirect.header("Location"))
                    .hasValueSatisfying(
                            location -> assertThat(location).startsWith(root()).doesNotContain("evil.example"));
        }
    }

    // ---- The page's language decides how dates are written --------------------------------------------------

    @Test
    void datesAreWrittenInThePagesLanguageWhateverTheBrowserPrefers() {
        HttpResponse<String> english = http.get("/articles/" + SLUG, "Accept-Language", "en");
        HttpResponse<String> german = http.get("/articles/" + SLUG, "Accept-Language", "de-DE");

        assertThat(Jsoup.parse(german.body()).selectFirst(".updated time").text())
                .isEqualTo(
                        Jsoup.parse(english.body()).selectFirst(".updated time").text())
                .isEqualTo("December 29, 2025");
        assertThat(Jsoup.parse(german.body()).selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(Jsoup.parse(http.get("/", "Accept-Language", "de-DE").body())
                        .select("time")
                        .eachText())
                .allSatisfy(date -> assertThat(date).doesNotContain("Dezember"));
        assertThat(german.headers().allValues("Vary"))
                .noneSatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Language"));
    }
}
