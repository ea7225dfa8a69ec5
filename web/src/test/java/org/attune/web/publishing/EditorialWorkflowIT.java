package org.attune.web.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.web.ArticleFixtures.article;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.attune.web.DeployedAttune;
import org.attune.web.Deployments;
import org.attune.web.Http;
import org.attune.web.SqlStatementCounter;
import org.attune.web.reader.ReaderPageServlet;
import org.attune.web.security.SessionCookies;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The editorial workflow on Payara Micro, through its API (as a hospital's script would drive it) and the editor's
 * pages: who may do what, every legal and illegal move, four eyes, lost updates prevented, CSRF tokens, and what
 * readers see at each stage.
 */
@ExtendWith(ArquillianExtension.class)
class EditorialWorkflowIT extends DeployedAttune {

    static final String AUTHOR = "ana";
    static final String OTHER_AUTHOR = "carl";
    static final String REVIEWER = "rui";
    /** What readers are told of {@link #REVIEWER}: his display name, never his username. */
    static final String REVIEWER_NAME = "Dr. Rui Costa, MD";

    static final String AUTHOR_AND_REVIEWER = "dana";
    static final String PASSWORD = "a long enough password";
    private static final AtomicInteger ARTICLES = new AtomicInteger();
    private static boolean accountsCreated;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withFirstAdmin().addClass(SqlStatementCounter.class);
    }

    @BeforeEach
    void accounts() {
        if (accountsCreated) {
            return;
        }
        createAccount(AUTHOR, "author");
        createAccount(OTHER_AUTHOR, "author");
        createAccount(REVIEWER, "reviewer", REVIEWER_NAME);
        createAccount(AUTHOR_AND_REVIEWER, "author\", \"reviewer");
        accountsCreated = true;
    }

    // ---- Writing ------------------------------------------------------------------------------------------------

    @Test
    void anAuthorCreatesADraftThatReadersDoNotSee() {
        String slug = newSlug();

        HttpResponse<String> created = as(AUTHOR).post("/api/v1/articles", article(slug));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/articles/" + slug + "/source"));
        assertThat(created.headers().firstValue("ETag")).contains("\"r1-v0\"");
        assertThat(created.body()).contains("\"status\":\"draft\"");
        assertThat(http.get("/articles/" + slug).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/articles/" + slug).statusCode()).isEqualTo(404);
        assertThat(as(REVIEWER).get("/api/v1/articles/" + slug + "/source").body())
                .isEqualTo(article(slug));
    }

    @Test
    void aFileWithProblemsIsRefusedWithEachProblemAtItsLine() {
        String slug = newSlug();
        String broken = article(slug).replace("[1]", "[7]").replace("type: guideline", "type: textbook");

        HttpResponse<String> refused = as(AUTHOR).post("/api/v1/articles", broken);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertIsAProblem(refused);
        assertThat(refused.body())
                .contains("{\"line\":6,\"message\":\"unknown reference type 'textbook'")
                .contains("citation [7] points at no reference");
        assertThat(as(AUTHOR).get("/api/v1/articles/" + slug + "/workflow").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtItsLineAndNothingIsSaved() {
        String slug = newSlug();
        byte[] latin1 = article(slug)
                .replace("eases pain", "eases pain (\u00e9t\u00e9)")
                .getBytes(StandardCharsets.ISO_8859_1);

        Http.RawResponse refused = http.raw(
                "POST",
                http.resolve("/api/v1/articles").getRawPath(),
                latin1,
                "Content-Type",
                "text/markdown; charset=UTF-8",
                "Authorization",
                Http.basic(AUTHOR, PASSWORD));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("{\"line\":11,\"message\":\"at column 49, byte 0xE9 is not UTF-8 text");
        assertThat(as(AUTHOR).get("/api/v1/articles/" + slug + "/workflow").statusCode())
                .isEqualTo(404);
    }

    @Test
    void eachFieldAtItsLimitIsStoredAndPublishedAndOneCharacterOverIsAProblemAtItsLine() {
        // line of article(slug), what the line starts with, the field's limit (docs/authoring-format.md), its ending
        List<List<Object>> fields = List.of(
                List.of(3, "title: ", 1000, "?"),
                List.of(7, "    title: ", 2000, ""),
                List.of(8, "    source: ", 1000, ""),
                List.of(13, "## ", 1000, ""),
                List.of(15, "- **", 1000, ":** In 2 trials, walking reduced pain. [1]"));
        for (List<Object> field : fields) {
            int line = (Integer) field.get(0);
            String start = (String) field.get(1);
            int limit = (Integer) field.get(2);
            String end = (String) field.get(3);
            int endLength = end.startsWith(":**") ? 1 : end.length(); // a lead-in keeps its colon, not its **
            String atLimit = newSlug();
            String value = "w".repeat(limit - endLength);

            HttpResponse<String> fits =
                    as(AUTHOR).post("/api/v1/articles", withLine(atLimit, line, start + value + end));
            HttpResponse<String> over =
                    as(AUTHOR).post("/api/v1/articles", withLine(newSlug(), line, start + value + "w" + end));

            assertThat(fits.statusCode())
                    .as("line %d at its limit: %s", line, fits.body())
                    .isEqualTo(201);
            approved(atLimit);
            assertThat(http.get("/articles/" + atLimit).statusCode())
                    .as("line %d published", line)
                    .isEqualTo(200);
            assertThat(over.statusCode()).as("line %d over its limit", line).isEqualTo(400);
            assertThat(over.body())
                    .contains("{\"line\":" + line + ",")
                    .contains(String.format(java.util.Locale.ROOT, "at most %,d", limit));
        }
    }

    /** {@code article(slug)} with its line {@code number} (1-based) replaced. */
    private static String withLine(String slug, int number, String line) {
        List<String> lines = new ArrayList<>(List.of(article(slug).split("\n", -1)));
        lines.set(number - 1, line);
        return String.join("\n", lines);
    }

    @Test
    void aWorkflowCommentOverItsLimitIsABadRequestNotAServerError() {
        String slug = created(AUTHOR);

        HttpResponse<String> refused = move(AUTHOR, slug, "submitted", "c".repeat(4001));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("4,000");
        assertThat(move(AUTHOR, slug, "submitted", "c".repeat(4000)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theNewArticlesAddressIsNeverTakenFromTheHostHeader() {
        String slug = newSlug();

        Http.RawResponse created = http.raw(
                "POST",
                http.resolve("/api/v1/articles").getRawPath(),
                article(slug).getBytes(StandardCharsets.UTF_8),
                "Host",
                "evil.example",
                "Content-Type",
                "text/markdown; charset=UTF-8",
                "Authorization",
                Http.basic(AUTHOR, PASSWORD));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location"))
                .hasValueSatisfying(location -> assertThat(location)
                        .isEqualTo(http.resolve("/api/v1/articles/" + slug + "/source")
                                .getRawPath()));
    }

    @Test
    void wordingForAnAudienceTheSiteDoesNotOfferIsAProblemAtItsLineNotTextThatDisappears() {
        String slug = newSlug();
        String withNote = article(slug)
                .replace(
                        "walking reduced pain at 12 weeks compared with usual care. [1]",
                        "walking reduced pain at 12 weeks compared with usual care. [1]\n  > Note: **Pain:** Walking eased pain a little. [1]");

        HttpResponse<String> refused = as(AUTHOR).post("/api/v1/articles", withNote);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("{\"line\":16,\"message\":\"'> note:' is wording for an audience this site does not offer")
                .contains("patient, clinician, student");
        assertThat(as(AUTHOR).get("/api/v1/articles/" + slug + "/workflow").statusCode())
                .isEqualTo(404);
        assertThat(as(AUTHOR)
                        .post("/api/v1/articles", withNote.replace("> Note:", "> patient:"))
                        .statusCode())
                .as("the same line for an audience the site offers")
                .isEqualTo(201);
    }

    @Test
    void anUploadedFileCannotClaimAReview() {
        String claims = article(newSlug())
                .replace(
                        "references:",
                        "review:\n  - status: approved\n    by: Nobody\n    on: 2026-01-01\nreferences:");

        HttpResponse<String> refused = as(AUTHOR).post("/api/v1/articles", claims);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("remove the 'review:' block");
    }

    @Test
    void whoMayWrite() {
        String slug = newSlug();
        assertThat(anonymous().post("/api/v1/articles", article(slug)).statusCode())
                .isEqualTo(401);
        assertThat(as(REVIEWER).post("/api/v1/articles", article(slug)).statusCode())
                .isEqualTo(403);
        assertThat(as(Deployments.ADMIN, Deployments.ADMIN_PASSWORD)
                        .post("/api/v1/articles", article(slug))
                        .statusCode())
                .isEqualTo(403);
        assertThat(anonymous().get("/api/v1/articles/" + slug + "/source").statusCode())
                .isEqualTo(401);
        assertThat(as(AUTHOR).post("/api/v1/articles", article(slug)).statusCode())
                .isEqualTo(201);
        assertThat(as(OTHER_AUTHOR).post("/api/v1/articles", article(slug)).statusCode())
                .as("the slug is taken")
                .isEqualTo(409);
    }

    @Test
    void aSaveNeedsTheETagOfWhatWasReadAndAStaleOneOverwritesNothing() {
        String slug = created(AUTHOR);
        String first = article(slug).replace("eases pain a little", "eases pain a little, first edit");
        String second = article(slug).replace("eases pain a little", "eases pain a little, second edit");

        assertThat(as(AUTHOR)
                        .put("/api/v1/articles/" + slug + "/source", first, null)
                        .statusCode())
                .isEqualTo(428);
        HttpResponse<String> saved = as(AUTHOR).put("/api/v1/articles/" + slug + "/source", first, "\"r1-v0\"");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.headers().firstValue("ETag")).contains("\"r1-v1\"");
        HttpResponse<String> stale = as(OTHER_AUTHOR).put("/api/v1/articles/" + slug + "/source", second, "\"r1-v0\"");

        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stored(slug)).isEqualTo(first);
    }

    // ---- Review -------------------------------------------------------------------------------------------------

    @Test
    void submittedThenReviewedThenApprovedWithReadersToldAtEachStage() {
        String slug = created(AUTHOR);

        assertThat(move(AUTHOR, slug, "submitted", "Ready for review").statusCode())
                .isEqualTo(200);
        assertThat(http.page("/articles/" + slug).select(".notice--pending")).isNotEmpty();
        assertThat(move(REVIEWER, slug, "under-review", null).statusCode()).isEqualTo(200);
        HttpResponse<String> approved = move(REVIEWER, slug, "approved", "Figures match reference 1");

        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.body()).contains("\"status\":\"approved\"").contains("\"nextReviewDue\":\"");
        var page = http.page("/articles/" + slug);
        assertThat(page.select(".notice--pending")).isEmpty();
        assertThat(page.select(".review__approved").text())
                .startsWith("Reviewed by " + REVIEWER_NAME + " and approved on");
        assertThat(page.select(".review__due").text()).startsWith("Next review due");
        assertThat(page.select("script[type=application/ld+json]").html())
                .contains("\"reviewedBy\":{\"@type\":\"Person\",\"name\":\"" + REVIEWER_NAME + "\"}")
                .doesNotContain("\"" + REVIEWER + "\"");
    }

    @Test
    void aPublicationsPagesAreRenderedBeforeAnyReaderAsksAndOtherArticlesStayAsKept() throws InterruptedException {
        String other = "/articles/physical-therapy-for-chronic-back-pain";
        HttpResponse<String> otherBefore = http.get(other, "Cookie", "attune-audience=clinician");
        long aheadBefore = pagesRenderedAhead();

        String slug = approved(created(AUTHOR));

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        long seen = pagesRenderedAhead();
        while ((seen < aheadBefore + 9 || seen != lastSeen(seen)) && System.nanoTime() < deadline) {
            seen = pagesRenderedAhead();
        }
        for (String audience : List.of("patient", "student", "clinician")) {
            for (String page : List.of("/articles/" + slug, "/", "/glossary")) {
                assertThat(http.get(page, "Cookie", "attune-audience=" + audience)
                                .headers()
                                .firstValue(ReaderPageServlet.CACHE_HEADER))
                        .as("%s for %s, the first reader to ask", page, audience)
                        .hasValue("hit");
            }
        }
        HttpResponse<String> otherAfter = http.get(other, "Cookie", "attune-audience=clinician");
        assertThat(otherAfter.headers().firstValue(ReaderPageServlet.CACHE_HEADER))
                .as("another article's page, unchanged")
                .hasValue("hit");
        assertThat(otherAfter.headers().firstValue("ETag"))
                .isEqualTo(otherBefore.headers().firstValue("ETag"));
    }

    /** The count again after a moment: the same when the rendering ahead has finished. */
    private long lastSeen(long seen) throws InterruptedException {
        Thread.sleep(300);
        return pagesRenderedAhead();
    }

    private long pagesRenderedAhead() {
        return counter("attune_pages_rendered_ahead_total");
    }

    /** A counter of the application's metrics, 0 before it is first counted. */
    private long counter(String name) {
        var counter = java.util.regex.Pattern.compile("(?m)^" + name + "\\{[^}]*\\} ([0-9.]+)")
                .matcher(http.get("../metrics?scope=application").body());
        return counter.find() ? (long) Double.parseDouble(counter.group(1)) : 0;
    }

    @Test
    void anApprovedRevisionIsFoundBySearchAndOnlyThatArticleIsRewrittenForIt() throws InterruptedException {
        String slug = approved(created(AUTHOR));
        String other = "/articles/physical-therapy-for-chronic-back-pain";
        String revised = article(slug).replace("eases pain a little", "eases pain for saxophonists");
        assertThat(as(AUTHOR)
                        .put("/api/v1/articles/" + slug + "/source", revised, etag(slug))
                        .statusCode())
                .isEqualTo(200);
        move(AUTHOR, slug, "submitted", null);
        move(REVIEWER, slug, "under-review", null);
        assertThat(foundBySearch("saxophonists"))
                .as("readers still read revision 1")
                .doesNotContain(slug);
        HttpResponse<String> otherBefore = http.get(other, "Cookie", "attune-audience=clinician");
        awaitNoDatabaseWork();
        long rewrittenBefore = counter("attune_search_articles_rewritten_total");

        assertThat(move(REVIEWER, slug, "approved", null).statusCode()).isEqualTo(200);

        assertThat(foundBySearch("saxophonists")).containsExactly(slug);
        assertThat(http.page("/articles/" + slug).text())
                .contains("eases pain for saxophonists")
                .doesNotContain("eases pain a little");
        awaitNoDatabaseWork();
        assertThat(counter("attune_search_articles_rewritten_total") - rewrittenBefore)
                .as("articles rewritten for search after one approval")
                .isEqualTo(1);
        HttpResponse<String> otherAfter = http.get(other, "Cookie", "attune-audience=clinician");
        assertThat(otherAfter.headers().firstValue(ReaderPageServlet.CACHE_HEADER))
                .as("another article's page, unchanged")
                .hasValue("hit");
        assertThat(otherAfter.headers().firstValue("ETag"))
                .isEqualTo(otherBefore.headers().firstValue("ETag"));
    }

    @Test
    void movesThatDoNotChangeWhatReadersSeeRenderNothingAgain() throws InterruptedException {
        String slug = approved(created(AUTHOR));
        String article = "/articles/" + slug;
        http.get(article);
        http.get("/");
        awaitNoDatabaseWork();
        HttpResponse<String> articleBefore = http.get(article);
        HttpResponse<String> homeBefore = http.get("/");
        long aheadBefore = pagesRenderedAhead();

        created(AUTHOR); // a draft
        String revised = article(slug).replace("eases pain a little", "eases pain for cellists");
        assertThat(as(AUTHOR)
                        .put("/api/v1/articles/" + slug + "/source", revised, etag(slug))
                        .statusCode())
                .isEqualTo(200);
        assertThat(move(AUTHOR, slug, "submitted", null).statusCode()).isEqualTo(200);
        assertThat(move(REVIEWER, slug, "under-review", null).statusCode()).isEqualTo(200);
        awaitNoDatabaseWork();

        assertThat(pagesRenderedAhead()).as("pages rendered ahead").isEqualTo(aheadBefore);
        for (var before :
                java.util.Map.of(article, articleBefore, "/", homeBefore).entrySet()) {
            HttpResponse<String> after = http.get(before.getKey());
            assertThat(after.headers().firstValue(ReaderPageServlet.CACHE_HEADER))
                    .as("%s, still approved revision 1", before.getKey())
                    .hasValue("hit");
            assertThat(after.headers().firstValue("ETag"))
                    .isEqualTo(before.getValue().headers().firstValue("ETag"));
        }
        assertThat(foundBySearch("cellists")).isEmpty();
    }

    @Test
    void aRetiredArticleIsNoLongerFoundBySearch() {
        String slug = newSlug();
        assertThat(as(AUTHOR)
                        .post(
                                "/api/v1/articles",
                                article(slug).replace("eases pain a little", "eases pain for marimbists"))
                        .statusCode())
                .isEqualTo(201);
        approved(slug);
        assertThat(foundBySearch("marimbists")).containsExactly(slug);

        assertThat(move(REVIEWER, slug, "retired", "Superseded").statusCode()).isEqualTo(200);

        assertThat(foundBySearch("marimbists")).isEmpty();
    }

    @Test
    void publishingWhilePagesAreRenderedAheadRendersNoErrorAndReadersEndWithTheLastApproval()
            throws InterruptedException {
        long failedBefore = counter("attune_pages_render_ahead_failed_total");
        List<String> slugs = List.of(created(AUTHOR), created(AUTHOR), created(AUTHOR), created(AUTHOR));
        List<Callable<HttpResponse<String>>> work = new ArrayList<>();
        for (String slug : slugs) {
            work.add(() -> {
                approved(slug);
                String revised = article(slug).replace("eases pain a little", "eases pain for tubists");
                assertThat(as(AUTHOR)
                                .put("/api/v1/articles/" + slug + "/source", revised, etag(slug))
                                .statusCode())
                        .isEqualTo(200);
                approved(slug);
                return http.get("/articles/" + slug);
            });
            work.add(() -> {
                HttpResponse<String> last = null;
                for (int read = 0; read < 15; read++) {
                    for (String page : List.of("/", "/articles/" + slug, "/glossary")) {
                        last = http.get(page);
                        assertThat(last.statusCode())
                                .as("%s while it is published", page)
                                .isIn(200, 404);
                    }
                }
                return last;
            });
        }

        atOnce(work);
        awaitNoDatabaseWork();

        assertThat(counter("attune_pages_render_ahead_failed_total"))
                .as("pages that failed to render ahead")
                .isEqualTo(failedBefore);
        for (String slug : slugs) {
            Document page = http.page("/articles/" + slug);
            assertThat(page.text()).contains("eases pain for tubists");
            assertThat(page.select(".review__approved").text()).startsWith("Reviewed by " + REVIEWER_NAME);
        }
        assertThat(http.page("/").text()).contains(slugs.get(0).replace('-', ' '));
    }

    /** The articles a clinician's search finds, each once, in the order of their first hit. */
    private List<String> foundBySearch(String query) {
        return http
                .page("/search?audience=clinician&q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))
                .select(".search-hit h2 a")
                .eachAttr("href")
                .stream()
                .map(href -> href.substring(href.indexOf("/articles/") + "/articles/".length(), href.indexOf('#')))
                .distinct()
                .toList();
    }

    @Test
    void illegalMovesAreConflictsAndMissingRolesAreForbidden() {
        String slug = created(AUTHOR);

        assertMove(REVIEWER, slug, "approved", 409, "approve a draft");
        assertMove(REVIEWER, slug, "under-review", 409, "review a draft");
        assertMove(REVIEWER, slug, "retired", 409, "retire a draft");
        assertMove(REVIEWER, slug, "submitted", 403, "reviewer submits");
        assertMove(null, slug, "submitted", 401, "anonymous");
        assertMove(AUTHOR, slug, "published", 400, "unknown state");
        assertThat(move(AUTHOR, slug, "submitted", null).statusCode()).isEqualTo(200);
        assertMove(AUTHOR, slug, "submitted", 409, "submit twice");
        assertMove(AUTHOR, slug, "under-review", 403, "author reviews");
        assertThat(move(REVIEWER, slug, "under-review", null).statusCode()).isEqualTo(200);
        assertMove(AUTHOR, slug, "approved", 403, "author approves");
        assertThat(move(REVIEWER, slug, "changes-requested", "").statusCode())
                .as("changes requested without saying which")
                .isEqualTo(400);
        assertThat(move(REVIEWER, slug, "changes-requested", "Cite the guideline's year")
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.get("/articles/" + slug).statusCode())
                .as("sent back to its author, it is not shown")
                .isEqualTo(404);
        assertThat(move(AUTHOR, slug, "submitted", "Year added").statusCode()).isEqualTo(200);
        assertThat(workflow(slug))
                .contains("{\"at\":")
                .contains("\"by\":\"" + REVIEWER + "\",\"comment\":\"Cite the guideline's year\","
                        + "\"status\":\"changes-requested\"}");
    }

    @Test
    void nobodyApprovesARevisionTheyWroteOrEdited() {
        String slug = created(AUTHOR_AND_REVIEWER);
        move(AUTHOR_AND_REVIEWER, slug, "submitted", null);
        move(AUTHOR_AND_REVIEWER, slug, "under-review", null);

        HttpResponse<String> ownApproval = move(AUTHOR_AND_REVIEWER, slug, "approved", null);

        assertThat(ownApproval.statusCode()).isEqualTo(403);
        assertThat(ownApproval.body()).contains("four eyes");
        assertThat(move(REVIEWER, slug, "approved", null).statusCode()).isEqualTo(200);
    }

    @Test
    void readersKeepTheApprovedRevisionWhileTheNextIsReviewedAndLoseItWhenRetired() {
        String slug = approved(created(AUTHOR));
        String revised = article(slug).replace("eases pain a little", "eases pain moderately");

        HttpResponse<String> saved = as(AUTHOR).put("/api/v1/articles/" + slug + "/source", revised, etag(slug));
        assertThat(saved.headers().firstValue("ETag")).contains("\"r2-v0\"");
        move(AUTHOR, slug, "submitted", null);
        move(REVIEWER, slug, "under-review", null);

        assertThat(http.page("/articles/" + slug).text())
                .contains("eases pain a little")
                .doesNotContain("moderately");
        Document diff = Jsoup.parse(signIn(REVIEWER)
                .get("/editor/articles/" + slug + "/diff?from=1&to=2")
                .body());
        assertThat(diff.select(".reader-diff[data-audience=clinician] del").eachText())
                .containsExactly("a little");
        assertThat(diff.select(".reader-diff[data-audience=clinician] ins").eachText())
                .containsExactly("moderately");
        assertThat(diff.select(".reader-diff[data-audience=patient] .reader-diff__paragraph")
                        .text())
                .contains("eases pain");
        move(REVIEWER, slug, "approved", null);
        assertThat(http.page("/articles/" + slug).text()).contains("eases pain moderately");
        assertThat(as(AUTHOR)
                        .get("/api/v1/articles/" + slug + "/source?revision=1")
                        .body())
                .isEqualTo(article(slug));

        assertThat(move(AUTHOR, slug, "retired", "Withdrawn").statusCode()).isEqualTo(403);
        assertThat(move(REVIEWER, slug, "retired", "Superseded").statusCode()).isEqualTo(200);
        assertThat(http.get("/articles/" + slug).statusCode()).isEqualTo(410);
        assertThat(http.page("/").text()).doesNotContain(slug.replace('-', ' '));
    }

    @Test
    void retiringAsksForAReasonOnItsOwnPageReadersGetGoneAndAReviewerReinstatesIt() {
        String slug = approved(created(AUTHOR));
        String title = http.page("/articles/" + slug).select("h1").text();
        Session rui = signIn(REVIEWER);
        assertThat(Jsoup.parse(rui.get("/editor/articles/" + slug).body())
                        .select(".desk-readers")
                        .text())
                .startsWith("Readers see approved revision 1.");

        Document confirm =
                Jsoup.parse(rui.get("/editor/articles/" + slug + "/retire").body());
        assertThat(confirm.select("main").text()).contains("Readers lose approved revision 1 at once", "410 Gone");
        assertThat(confirm.select("#comment-retired").hasAttr("required")).isTrue();
        HttpResponse<String> noReason = rui.moveTo(slug, "retired", " ");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noReason.body()).select(".notice--problem").text())
                .isEqualTo("say why the article is withdrawn from readers: a reason is required");
        assertThat(http.get("/articles/" + slug).statusCode()).isEqualTo(200);
        assertThat(rui.moveTo(slug, "retired", "Superseded").statusCode()).isEqualTo(303);

        HttpResponse<String> gone = http.get("/articles/" + slug);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(gone.body()).select("main").text())
                .contains("This article was withdrawn", "\u201c" + title + "\u201d was withdrawn by its reviewers on");
        assertThat(http.get("/articles/" + newSlug()).statusCode()).isEqualTo(404);
        Document retired = Jsoup.parse(rui.get("/editor/articles/" + slug).body());
        assertThat(retired.select(".desk-readers").text()).startsWith("Not shown to readers: retired on ");
        assertThat(retired.select("#move-approved").text())
                .isEqualTo("Reinstate (show readers the retired revision again)");
        assertThat(Jsoup.parse(signIn(AUTHOR).get("/editor/articles/" + slug).body())
                        .select("#move-approved"))
                .isEmpty();

        assertThat(rui.moveTo(slug, "approved", "Back").statusCode()).isEqualTo(303);
        assertThat(http.get("/articles/" + slug).statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(rui.get("/editor/articles/" + slug).body()).select("#move-retired"))
                .hasSize(1);
    }

    @Test
    void aFirstRevisionSentBackLeavesReadersAndTheEditorSaysSo() {
        String slug = created(AUTHOR);
        move(AUTHOR, slug, "submitted", null);
        move(REVIEWER, slug, "under-review", null);
        Session rui = signIn(REVIEWER);
        Document underReview = Jsoup.parse(rui.get("/editor/articles/" + slug).body());
        assertThat(http.get("/articles/" + slug).statusCode())
                .as("the notice policy shows it")
                .isEqualTo(200);
        assertThat(underReview.select(".desk-readers").text())
                .isEqualTo("Readers see revision 1 with the pending-review notice.");
        assertThat(underReview.select(".moves .notice").text()).contains("sending it back hides it from them");

        move(REVIEWER, slug, "changes-requested", "Add the second trial");

        assertThat(http.get("/articles/" + slug).statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(rui.get("/editor/articles/" + slug).body())
                        .select(".desk-readers")
                        .text())
                .isEqualTo("Not shown to readers while revision 1 is back with its authors.");
        Element listed = Jsoup.parse(
                        rui.get("/editor?q=" + slug.replace('-', '+')).body())
                .selectFirst(".editor-articles a[href$=/editor/articles/" + slug + "]")
                .closest("tr");
        assertThat(listed.select("td").eachText())
                .startsWith(listed.select("td").get(0).text(), "nothing", "1 · Changes requested");
    }

    @Test
    void theEditorsHomeSaysWhatWaitsForEachPersonAndNarrowsTheList() {
        String slug = created(AUTHOR);
        String title = "Does walking help with " + slug.replace('-', ' ') + "?";
        move(AUTHOR, slug, "submitted", null);
        Session rui = signIn(REVIEWER);
        Session ana = signIn(AUTHOR);

        assertThat(Jsoup.parse(rui.get("/editor").body()).select(".waiting li").eachText())
                .contains(title + " — revision 1 was submitted for review");
        assertThat(Jsoup.parse(ana.get("/editor").body()).select(".waiting li").eachText())
                .noneMatch(waiting -> waiting.startsWith(title));
        move(REVIEWER, slug, "under-review", null);
        move(REVIEWER, slug, "changes-requested", "Add the second trial");
        assertThat(Jsoup.parse(ana.get("/editor").body()).select(".waiting li").eachText())
                .contains(title + " — revision 1 was sent back to you for changes");

        Document narrowed =
                Jsoup.parse(ana.get("/editor?state=changes-requested&author=ANA&q=" + slug.replace('-', '+'))
                        .body());
        assertThat(narrowed.select(".editor-articles tbody tr")).hasSize(1);
        assertThat(narrowed.select(".editor-articles caption").text()).isEqualTo("1 article");
        assertThat(narrowed.select("#filter-state option[selected]").text()).isEqualTo("Changes requested");

        HttpResponse<String> hostile = ana.get("/editor?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&state=nonsense&page=-3");
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(hostile.body()).doesNotContain("<script>alert(1)");
        Document none = Jsoup.parse(hostile.body());
        assertThat(none.select("#filter-q").val()).isEqualTo("<script>alert(1)</script>");
        assertThat(none.select(".editor-articles caption").text()).isEqualTo("No articles");
    }

    @Test
    void anArticleUnderReviewCannotBeEditedUntilChangesAreRequested() {
        String slug = created(AUTHOR);
        move(AUTHOR, slug, "submitted", null);

        HttpResponse<String> refused =
                as(AUTHOR).put("/api/v1/articles/" + slug + "/source", article(slug) + "\nMore.\n", etag(slug));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("a reviewer must request changes");
    }

    @Test
    void patientsReadStatisticsBehindADisclosureAndTheCertaintyInWords() {
        String slug = newSlug();
        String file = article(slug)
                .replace(
                        "- **Pain:** In 2 trials, walking reduced pain at 12 weeks compared with usual care. [1]",
                        "- **Pain:** Walking reduced pain at 12 weeks compared with usual care (SMD -0.31, 95% CI -0.45 to"
                                + " -0.17; 430 participants; 2 trials). [1]\n  > certainty: moderate");
        assertThat(as(AUTHOR).post("/api/v1/articles", file).statusCode()).isEqualTo(201);
        move(AUTHOR, slug, "submitted", null);

        var patient = http.page("/articles/" + slug + "?audience=patient");
        var clinician = http.page("/articles/" + slug + "?audience=clinician");

        assertThat(patient.select(".article-section li .numbers details li").text())
                .contains("standardised mean difference: SMD -0.31, 95% CI -0.45 to -0.17")
                .doesNotContain("430");
        Element statement = patient.select(".article-section li").first().clone();
        statement.select(".numbers").remove();
        assertThat(statement.text()).doesNotContain("SMD").contains("(430 people; 2 trials)");
        assertThat(patient.select(".certainty").text()).isEqualTo("Moderate-certainty evidence");
        assertThat(patient.select(".certainty-sentence").text()).contains("moderately confident");
        assertThat(clinician.select(".numbers"))
                .as("clinicians read the statistics in the sentence")
                .isEmpty();
        assertThat(clinician.select(".article-section li").text()).contains("SMD -0.31");
        assertThat(clinician.select(".certainty").text()).isEqualTo("Moderate-certainty evidence");
    }

    // ---- The editor's pages ---------------------------------------------------------------------------------

    @Test
    void theEditorsListAsksTheDatabaseAsOftenWithThreeMoreApprovedArticles() throws InterruptedException {
        Session reviewer = signIn(REVIEWER);
        assertThat(reviewer.get("/editor").statusCode()).isEqualTo(200);
        awaitNoDatabaseWork();
        long before = statementsFor(reviewer, "/editor");

        List<String> added = List.of(approved(created(AUTHOR)), approved(created(AUTHOR)), approved(created(AUTHOR)));
        HttpResponse<String> list = reviewer.get("/editor");
        awaitNoDatabaseWork();
        long after = statementsFor(reviewer, "/editor");

        assertThat(added).allSatisfy(slug -> assertThat(list.body()).contains(slug));
        assertThat(after).as("SQL statements for one visit of /editor").isEqualTo(before);
    }

    /** Waits until the server's background work (pages rendered ahead after a publication) asks nothing more. */
    private void awaitNoDatabaseWork() throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        long seen = sqlStatements();
        Thread.sleep(500);
        while (sqlStatements() != seen && System.nanoTime() < deadline) {
            seen = sqlStatements();
            Thread.sleep(500);
        }
    }

    /**
     * The SQL statements one visit of the page costs: the fewest of three visits, since work the server does in the
     * background at the same time can only add to the count.
     */
    private long statementsFor(Session session, String page) {
        long fewest = Long.MAX_VALUE;
        for (int visit = 0; visit < 3; visit++) {
            long start = sqlStatements();
            assertThat(session.get(page).statusCode()).isEqualTo(200);
            fewest = Math.min(fewest, sqlStatements() - start);
        }
        return fewest;
    }

    @Test
    void editorPagesNeedASignedInEditorAndEachFormItsToken() {
        String slug = created(AUTHOR);
        List<String> pages = List.of(
                "/editor",
                "/editor/new",
                "/editor/articles/" + slug,
                "/editor/articles/" + slug + "/preview",
                "/editor/articles/" + slug + "/revisions/1");
        for (String page : pages) {
            assertThat(http.get(page).statusCode()).as("anonymous " + page).isEqualTo(302);
        }
        Session author = signIn(AUTHOR);
        Session reviewer = signIn(REVIEWER);
        Session admin = signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        for (String page : pages) {
            assertThat(author.get(page).statusCode()).as("author " + page).isEqualTo(200);
            assertThat(admin.get(page.equals("/editor/new") ? "/editor" : page).statusCode())
                    .as("admin " + page)
                    .isEqualTo(200);
        }
        assertThat(reviewer.get("/editor/new").statusCode())
                .as("only authors write")
                .isEqualTo(403);
        assertThat(reviewer.get("/editor/articles/" + slug).statusCode()).isEqualTo(200);

        assertThat(author.post("/editor/articles/" + slug, "forged", "to", "submitted")
                        .statusCode())
                .as("no valid token")
                .isEqualTo(403);
        assertThat(author.moveTo(slug, "submitted").statusCode()).isEqualTo(303);
        assertThat(admin.moveTo(slug, "under-review").statusCode())
                .as("administrators do not review")
                .isEqualTo(403);
        assertThat(reviewer.moveTo(slug, "under-review").statusCode()).isEqualTo(303);
        assertThat(workflow(slug)).contains("\"status\":\"under-review\"");
    }

    @Test
    void anAuthorWritesAPatientOverrideBesideTheEnginesVersion() {
        String slug = created(AUTHOR);
        Session author = signIn(AUTHOR);
        Document page = author.overrides(slug);
        String basedOn = page.selectFirst("input[name=basedOn]").attr("value");
        assertThat(page.select("#block-1 [data-audience=patient] .override-cell__automatic")
                        .text())
                .as("the engine's patient version of the statement")
                .contains("walking reduced pain");

        HttpResponse<String> saved = author.saveOverrides(
                slug,
                "basedOn",
                basedOn,
                "o-1-patient-lead",
                "Pain:",
                "o-1-patient-text",
                "Walking eased pain after 12 weeks in 2 trials. [1]");

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(stored(slug)).contains("  > patient: **Pain:** Walking eased pain after 12 weeks in 2 trials. [1]");
        assertThat(author.overrides(slug).selectFirst("#o-1-patient-text").text())
                .isEqualTo("Walking eased pain after 12 weeks in 2 trials. [1]");
    }

    @Test
    void theEnginesPatientVersionWithItsGradeBecomesAnOverrideForTheAuthorToImprove() {
        String slug = created(AUTHOR);
        Session author = signIn(AUTHOR);
        Document page = author.overrides(slug);
        String engines = page.select("#block-0 [data-audience=patient] .override-cell__automatic")
                .text();
        assertThat(page.select("#block-0 [data-audience=patient] .override-cell__grade")
                        .text())
                .matches(".*grade of the engine's version: \\d+\\.\\d.*");

        HttpResponse<String> used = author.saveOverrides(
                slug, "basedOn", page.selectFirst("input[name=basedOn]").attr("value"), "use", "0:patient");

        assertThat(used.statusCode()).isEqualTo(303);
        String kept = author.overrides(slug).selectFirst("#o-0-patient-text").text();
        assertThat(engines).contains(kept.replace(" [1]", "").strip());
        assertThat(stored(slug)).contains("> patient: ");
    }

    @Test
    void aRevisionExportsAsItsFileByteForByte() {
        String slug = created(AUTHOR);

        HttpResponse<String> file = signIn(AUTHOR).get("/editor/articles/" + slug + "/revisions/1");

        assertThat(file.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/markdown"));
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains(slug + "-r1.md"));
        assertThat(file.body()).isEqualTo(article(slug));
    }

    @Test
    void theSecondOfTwoEditorsSavingTheSameRevisionKeepsTheirTextAndSeesWhatChanged() {
        String slug = created(AUTHOR);
        Session ana = signIn(AUTHOR);
        Session carl = signIn(OTHER_AUTHOR);
        String basedOn = basedOn(carl, slug);
        String anasText = article(slug).replace("eases pain a little", "eases pain a little (ana)");
        String carlsText = article(slug).replace("eases pain a little", "eases pain a little (carl)");

        assertThat(ana.save(slug, basedOn, anasText).statusCode()).isEqualTo(303);
        HttpResponse<String> late = carl.save(slug, basedOn, carlsText);

        assertThat(late.statusCode()).isEqualTo(409);
        var page = Jsoup.parse(late.body());
        assertThat(page.selectFirst("#conflict-heading").text()).contains("saved this article while you were editing");
        assertThat(page.selectFirst("textarea#source").text()).isEqualTo(carlsText.strip());
        assertThat(page.select(".diff .diff__removed").text()).contains("(ana)");
        assertThat(page.select(".diff .diff__added").text()).contains("(carl)");
        assertThat(stored(slug)).isEqualTo(anasText);
        var diff = Jsoup.parse(
                ana.get("/editor/articles/" + slug + "/diff?from=1&to=1").body());
        assertThat(diff.selectFirst("h1").text()).isEqualTo("Changes from revision 1 to revision 1");
        assertThat(diff.select(".diff").text()).isEqualTo("The two texts are identical.");
    }

    // ---- Editors at the same moment -------------------------------------------------------------------------

    private static final int TRIES = 50;

    @Test
    void twoEditorsSavingOneDraftAtOnceNeverSeeAServerErrorAndTheLoserKeepsTheirText() {
        String slug = created(AUTHOR);
        Session ana = signIn(AUTHOR);
        Session carl = signIn(OTHER_AUTHOR);
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            String basedOn = basedOn(ana, slug);
            String anasText = article(slug).replace("a little", "a little (ana " + attempt + ")");
            String carlsText = article(slug).replace("a little", "a little (carl " + attempt + ")");

            List<HttpResponse<String>> answers =
                    atOnce(() -> ana.save(slug, basedOn, anasText), () -> carl.save(slug, basedOn, carlsText));

            HttpResponse<String> lost = oneWinsOneLoses(answers, attempt, 303, 409);
            String losersText = lost == answers.get(0) ? anasText : carlsText;
            String winnersText = lost == answers.get(0) ? carlsText : anasText;
            assertThat(Jsoup.parse(lost.body()).selectFirst("textarea#source").text())
                    .isEqualTo(losersText.strip());
            assertThat(stored(slug)).isEqualTo(winnersText);
        }
    }

    @Test
    void tenSavesOfAnApprovedArticleAtOnceStartOneRevisionAndTheOthersAreConflicts() {
        for (int round = 1; round <= 3; round++) {
            String slug = approved(created(AUTHOR));
            Session ana = signIn(AUTHOR);
            String basedOn = basedOn(ana, slug);
            List<Callable<HttpResponse<String>>> saves = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String text = article(slug).replace("a little", "a little (save " + i + ")");
                saves.add(() -> ana.save(slug, basedOn, text));
            }

            List<HttpResponse<String>> answers = atOnce(saves);

            assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(303, 409);
            assertThat(answers).filteredOn(a -> a.statusCode() == 303).hasSize(1);
            assertThat(workflow(slug)).contains("\"revision\":2");
        }
    }

    @Test
    void twoApiSavesAtOnceGiveOneSaveAndOnePreconditionFailed() {
        String slug = created(AUTHOR);
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            String etag = etag(slug);
            String first = article(slug).replace("a little", "a little (first " + attempt + ")");
            String second = article(slug).replace("a little", "a little (second " + attempt + ")");

            List<HttpResponse<String>> answers = atOnce(
                    () -> as(AUTHOR).put("/api/v1/articles/" + slug + "/source", first, etag),
                    () -> as(OTHER_AUTHOR).put("/api/v1/articles/" + slug + "/source", second, etag));

            assertIsAProblem(oneWinsOneLoses(answers, attempt, 200, 412));
            assertThat(stored(slug)).isEqualTo(answers.get(0).statusCode() == 200 ? first : second);
        }
    }

    @Test
    void twentyApiSavesOfAnApprovedArticleAtOnceGiveOneNewRevisionAndNineteenPreconditionsFailed() {
        String slug = approved(created(AUTHOR));
        String etag = etag(slug);
        List<Callable<HttpResponse<String>>> saves = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String text = article(slug).replace("a little", "a little (put " + i + ")");
            saves.add(() -> as(AUTHOR).put("/api/v1/articles/" + slug + "/source", text, etag));
        }

        List<HttpResponse<String>> answers = atOnce(saves);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 412);
        assertThat(answers).filteredOn(a -> a.statusCode() == 200).hasSize(1);
    }

    @Test
    void twoReviewersApprovingAtOnceInTheEditorGiveOneApprovalAndOneConflict() {
        Session ana = signIn(AUTHOR);
        Session rui = signIn(REVIEWER);
        Session dana = signIn(AUTHOR_AND_REVIEWER);
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            String slug = underReview(ana, rui);

            List<HttpResponse<String>> answers =
                    atOnce(() -> rui.moveTo(slug, "approved"), () -> dana.moveTo(slug, "approved"));

            oneWinsOneLoses(answers, attempt, 303, 409);
            assertThat(workflow(slug)).contains("\"status\":\"approved\"");
        }
    }

    @Test
    void twoReviewersApprovingAtOnceThroughTheApiGiveOneApprovalAndOneConflict() {
        Session ana = signIn(AUTHOR);
        Session rui = signIn(REVIEWER);
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            String slug = underReview(ana, rui);

            List<HttpResponse<String>> answers = atOnce(
                    () -> move(REVIEWER, slug, "approved", null),
                    () -> move(AUTHOR_AND_REVIEWER, slug, "approved", null));

            assertIsAProblem(oneWinsOneLoses(answers, attempt, 200, 409));
        }
    }

    /** A new article of ana's, submitted by her and taken up by rui, through the editor's forms. */
    private String underReview(Session author, Session reviewer) {
        String slug = newSlug();
        assertThat(author.post("/editor/new", author.csrf(), "source", article(slug))
                        .statusCode())
                .isEqualTo(303);
        assertThat(author.moveTo(slug, "submitted").statusCode()).isEqualTo(303);
        assertThat(reviewer.moveTo(slug, "under-review").statusCode()).isEqualTo(303);
        return slug;
    }

    private static String basedOn(Session session, String slug) {
        return Jsoup.parse(session.get("/editor/articles/" + slug).body())
                .selectFirst("input[name=basedOn]")
                .attr("value");
    }

    /**
     * Of two answers given at once (in the {@code attempt}th try), one is {@code won} and the other
     * {@code lost}; the losing one is returned.
     */
    private static HttpResponse<String> oneWinsOneLoses(
            List<HttpResponse<String>> answers, int attempt, int won, int lost) {
        assertThat(answers)
                .as("attempt %d", attempt)
                .extracting(HttpResponse::statusCode)
                .containsExactlyInAnyOrder(won, lost);
        return answers.get(answers.get(0).statusCode() == lost ? 0 : 1);
    }

    /** An API answer that refuses says why in a problem document. */
    private static void assertIsAProblem(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    /** Sends the requests at the same moment, each from its own thread, and returns their answers in order. */
    @SafeVarargs
    private static List<HttpResponse<String>> atOnce(Callable<HttpResponse<String>>... requests) {
        return atOnce(List.of(requests));
    }

    private static List<HttpResponse<String>> atOnce(List<Callable<HttpResponse<String>>> requests) {
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (Callable<HttpResponse<String>> request : requests) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> done = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                done.add(answer.get(60, TimeUnit.SECONDS));
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static String newSlug() {
        return "walking-" + ARTICLES.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36);
    }

    private String created(String author) {
        String slug = newSlug();
        assertThat(as(author).post("/api/v1/articles", article(slug)).statusCode())
                .isEqualTo(201);
        return slug;
    }

    private String approved(String slug) {
        move(AUTHOR, slug, "submitted", null);
        move(REVIEWER, slug, "under-review", null);
        assertThat(move(REVIEWER, slug, "approved", null).statusCode()).isEqualTo(200);
        return slug;
    }

    /** The article's workflow as the API reports it to its author (JSON). */
    private String workflow(String slug) {
        return as(AUTHOR).get("/api/v1/articles/" + slug + "/workflow").body();
    }

    /** The article's file as stored, read through the API by its author. */
    private String stored(String slug) {
        return as(AUTHOR).get("/api/v1/articles/" + slug + "/source").body();
    }

    private String etag(String slug) {
        return as(AUTHOR)
                .get("/api/v1/articles/" + slug + "/source")
                .headers()
                .firstValue("ETag")
                .orElseThrow();
    }

    /** A move through the API, without a comment, answered with {@code status} ({@code why} says what it tries). */
    private void assertMove(String who, String slug, String to, int status, String why) {
        assertThat(move(who, slug, to, null).statusCode()).as(why).isEqualTo(status);
    }

    private HttpResponse<String> move(String who, String slug, String to, String comment) {
        String body = "{\"to\":\"" + to + "\"" + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
        Client client = who == null ? anonymous() : as(who);
        return client.send("POST", "/api/v1/articles/" + slug + "/transitions", body, "application/json", null);
    }

    private void createAccount(String username, String roles) {
        createAccount(username, roles, null);
    }

    private void createAccount(String username, String roles, String displayName) {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + roles
                + "\"]" + (displayName == null ? "" : ",\"displayName\":\"" + displayName + "\"") + "}";
        HttpResponse<String> created = as(Deployments.ADMIN, Deployments.ADMIN_PASSWORD)
                .send("POST", "/api/v1/users", body, "application/json", null);
        assertThat(created.statusCode())
                .as("creating %s, answered: %s", username, created.body())
                .isIn(201, 409);
    }

    /** A form sign-in, as a browser does it: the form's token and cookie, then the post; the session comes back. */
    private Session signIn(String username) {
        return signIn(username, PASSWORD);
    }

    private Session signIn(String username, String password) {
        HttpResponse<String> signedIn = http.signIn(username, password);
        assertThat(signedIn.statusCode()).as("signing in " + username).isEqualTo(303);
        String session = Http.cookie(signedIn, SessionCookies.NAME);
        String csrf = Jsoup.parse(http.get("/editor", "Cookie", session).body())
                .selectFirst(".signout input[name=csrf]")
                .attr("value");
        return new Session(session, csrf);
    }

    /** A signed-in editor's browser session: its cookie and the token its forms carry. */
    private final class Session {
        private final String cookie;
        private final String csrf;

        Session(String cookie, String csrf) {
            this.cookie = cookie;
            this.csrf = csrf;
        }

        String csrf() {
            return csrf;
        }

        HttpResponse<String> get(String path) {
            return http.get(path, "Cookie", cookie);
        }

        /** The editor's save form, as sent from the article's page opened at {@code basedOn}. */
        HttpResponse<String> save(String slug, String basedOn, String source) {
            return post("/editor/articles/" + slug, csrf, "action", "save", "basedOn", basedOn, "source", source);
        }

        /** The article's workflow button that moves it on to {@code to}. */
        HttpResponse<String> moveTo(String slug, String to) {
            return post("/editor/articles/" + slug, csrf, "to", to);
        }

        /** The article's workflow button that moves it on to {@code to}, with the reason the move asks for. */
        HttpResponse<String> moveTo(String slug, String to, String comment) {
            return post("/editor/articles/" + slug, csrf, "to", to, "comment", comment);
        }

        /** The article's audience versions page, parsed. */
        Document overrides(String slug) {
            return Jsoup.parse(get("/editor/articles/" + slug + "/overrides").body());
        }

        /** The audience versions form sent with {@code form}'s fields (names and values in turn). */
        HttpResponse<String> saveOverrides(String slug, String... form) {
            return post("/editor/articles/" + slug + "/overrides", csrf, form);
        }

        HttpResponse<String> post(String path, String token, String... form) {
            String[] withToken = java.util.Arrays.copyOf(form, form.length + 2);
            withToken[form.length] = "csrf";
            withToken[form.length + 1] = token;
            return http.submit(
                    "POST",
                    path,
                    Http.form(withToken),
                    "Content-Type",
                    "application/x-www-form-urlencoded",
                    "Cookie",
                    cookie);
        }
    }

    private Client as(String username) {
        return as(username, PASSWORD);
    }

    private Client as(String username, String password) {
        return new Client(Http.basic(username, password));
    }

    private Client anonymous() {
        return new Client(null);
    }

    /** API calls with or without HTTP Basic credentials. */
    private final class Client {
        private final String authorization;

        Client(String authorization) {
            this.authorization = authorization;
        }

        HttpResponse<String> get(String path) {
            return authorization == null ? http.get(path) : http.get(path, "Authorization", authorization);
        }

        HttpResponse<String> post(String path, String markdown) {
            return send("POST", path, markdown, "text/markdown; charset=UTF-8", null);
        }

        HttpResponse<String> put(String path, String markdown, String ifMatch) {
            return send("PUT", path, markdown, "text/markdown; charset=UTF-8", ifMatch);
        }

        HttpResponse<String> send(String method, String path, String body, String contentType, String ifMatch) {
            java.util.List<String> headers = new java.util.ArrayList<>(java.util.List.of("Content-Type", contentType));
            if (authorization != null) {
                headers.addAll(java.util.List.of("Authorization", authorization));
            }
            if (ifMatch != null) {
                headers.addAll(java.util.List.of("If-Match", ifMatch));
            }
            return http.submit(method, path, body, headers.toArray(String[]::new));
        }
    }
}
