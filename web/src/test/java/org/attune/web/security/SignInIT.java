package org.attune.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.attune.web.ArticleFixtures;
import org.attune.web.DeployedAttune;
import org.attune.web.Deployments;
import org.attune.web.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in, for real, on Payara Micro: the first administrator from configuration, the form and its session for
 * the editor, HTTP Basic for the API, and who may do what — while readers never get a session.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT extends DeployedAttune {

    static final String ADMIN = Deployments.ADMIN;
    static final String ADMIN_PASSWORD = Deployments.ADMIN_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withFirstAdmin();
    }

    // ---- Readers ----------------------------------------------------------------------------------------------

    @Test
    void readersNeverGetASession() {
        for (String path : List.of(
                "/",
                "/articles/physical-therapy-for-chronic-back-pain",
                "/glossary",
                "/search?q=pain",
                "/login",
                "/articles/nothing-here")) {
            assertThat(http.get(path).headers().allValues("Set-Cookie"))
                    .as(path)
                    .noneMatch(c -> c.startsWith(SessionCookies.NAME) || c.startsWith("JSESSIONID"));
        }
    }

    // ---- The editor's sign-in form ------------------------------------------------------------------------------

    @Test
    void theEditorSendsAnonymousVisitorsToSignIn() {
        assertRedirect("/editor", 302, "/login?next=%2Feditor");
        assertThat(http.page("/login?next=%2Feditor")
                        .select("form.signin-form input[name=next]")
                        .attr("value"))
                .isEqualTo("/editor");
    }

    @Test
    void aSignInPostedWithoutTheFormsTokenIsRefused() {
        HttpResponse<String> forged =
                http.post("/login", "username", ADMIN, "password", ADMIN_PASSWORD, "next", "/editor", "csrf", "guess");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(sessionCookie(forged)).isEmpty();
        assertThat(Jsoup.parse(forged.body()).selectFirst("[role=alert]").text())
                .contains("has expired");
    }

    @Test
    void theSignInFormsTokenCookieIsScopedStrictAndHttpOnly() {
        String cookie = http.get("/login").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SignInToken.COOKIE + "="))
                .findFirst()
                .orElseThrow();

        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("/login");
    }

    @Test
    void aWrongPasswordGetsOneMessageAndNoSession() {
        HttpResponse<String> wrong = signIn(ADMIN, "not the password");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(wrong.body()).selectFirst("[role=alert]").text())
                .isEqualTo("That username and password do not match an account.");
        assertThat(sessionCookie(wrong)).isEmpty();
        assertThat(signIn("no-such-person", "whatever it is").body())
                .as("an unknown username reads the same")
                .contains("do not match an account");
    }

    @Test
    void theFirstAdministratorSignsInWithAFreshSessionAndSignsOut() {
        HttpResponse<String> signedIn = signIn(ADMIN, ADMIN_PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/editor"));
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionCookies.NAME + "="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String session = cookie.substring(0, cookie.indexOf(';'));

        HttpResponse<String> editor = http.get("/editor", "Cookie", session);
        assertThat(editor.statusCode()).isEqualTo(200);
        var page = Jsoup.parse(editor.body());
        assertThat(page.selectFirst(".signout strong").text()).isEqualTo(ADMIN);
        assertThat(page.select(".editor-articles tbody tr")).hasSizeGreaterThanOrEqualTo(2);
        String csrf = page.selectFirst(".signout input[name=csrf]").attr("value");
        assertThat(csrf).hasSizeGreaterThan(30);

        assertThat(postForm("/logout", session, "csrf", "forged").statusCode())
                .as("no valid token")
                .isEqualTo(403);
        assertThat(http.get("/editor", "Cookie", session).statusCode())
                .as("still signed in")
                .isEqualTo(200);
        HttpResponse<String> signedOut = postForm("/logout", session, "csrf", csrf);
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.headers().allValues("Set-Cookie"))
                .as("every cookie set at sign-out")
                .allSatisfy(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Strict"));
        assertThat(http.get("/editor", "Cookie", session).statusCode())
                .as("the old session is gone")
                .isEqualTo(302);
    }

    @Test
    void repeatedFailuresMakeTheUsernameWait() {
        String username = "guessed-" + System.nanoTime();
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            assertThat(signIn(username, "guess number " + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> locked = signIn(username, "guess number 6");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(locked.body()).selectFirst("[role=alert]").text())
                .isEqualTo("Too many failed attempts. Please try again in 1 minute.");
        assertThat(api("POST", "/api/v1/users", username, "guess number 7", "{}")
                        .statusCode())
                .as("the API shares the count")
                .isEqualTo(429);
    }

    @Test
    void twentyWrongPasswordsAtOnceHaveAtMostFiveChecked() throws Exception {
        String username = "parallel-" + System.nanoTime();
        assertThat(api("POST", "/api/v1/users", ADMIN, ADMIN_PASSWORD, account(username))
                        .statusCode())
                .isEqualTo(201);
        ExecutorService browsers = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String guess = "wrong guess " + i;
                answers.add(browsers.submit(() -> {
                    go.await();
                    return api(
                                    "GET",
                                    "/api/v1/articles/physical-therapy-for-chronic-back-pain/workflow",
                                    username,
                                    guess,
                                    "")
                            .statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(statuses)
                    .filteredOn(s -> s == 401)
                    .as("checked and wrong")
                    .hasSize(SignInThrottle.FREE_ATTEMPTS);
            assertThat(statuses)
                    .filteredOn(s -> s == 429)
                    .as("refused unchecked")
                    .hasSize(20 - SignInThrottle.FREE_ATTEMPTS);
        } finally {
            browsers.shutdownNow();
        }
    }

    // ---- Usernames ----------------------------------------------------------------------------------------------

    @Test
    void aUsernameIsOnePersonInAnyCase() {
        String ana = "ana-" + System.nanoTime();
        assertThat(api("POST", "/api/v1/users", ADMIN, ADMIN_PASSWORD, account(ana))
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> twin =
                api("POST", "/api/v1/users", ADMIN, ADMIN_PASSWORD, account(ana.toUpperCase(Locale.ROOT)));
        assertThat(twin.statusCode()).as("ANA beside ana").isEqualTo(409);
        assertThat(twin.body()).contains("taken");

        HttpResponse<String> signedIn = signIn(" " + ana.toUpperCase(Locale.ROOT), "a long enough password");
        assertThat(signedIn.statusCode()).isEqualTo(303);
        var editor = Jsoup.parse(http.get("/editor", "Cookie", Http.cookie(signedIn, SessionCookies.NAME))
                .body());
        assertThat(editor.selectFirst(".signout strong").text()).isEqualTo(ana);
        assertThat(api(
                                "GET",
                                "/api/v1/articles/physical-therapy-for-chronic-back-pain/workflow",
                                ana.toUpperCase(Locale.ROOT),
                                "a long enough password",
                                "")
                        .statusCode())
                .as("the API signs ANA in as well")
                .isEqualTo(200);
    }

    @Test
    void anAccountAskedForInCapitalsIsCreatedInLowerCase() {
        String ben = "BEN-" + System.nanoTime();

        HttpResponse<String> created = api("POST", "/api/v1/users", ADMIN, ADMIN_PASSWORD, account(ben));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"username\":\"" + ben.toLowerCase(Locale.ROOT) + "\"");
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/users/" + ben.toLowerCase(Locale.ROOT)));
    }

    // ---- The API ----------------------------------------------------------------------------------------------

    @Test
    void creatingAnAccountNeedsAnAdministrator() {
        String author = "author-" + System.nanoTime();
        String body =
                "{\"username\":\"" + author + "\",\"password\":\"a long enough password\",\"roles\":[\"author\"]}";

        HttpResponse<String> anonymous = api("POST", "/api/v1/users", null, null, body);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(anonymous.body()).contains("\"status\":401").doesNotContain("Exception");
        assertThat(api("POST", "/api/v1/users", ADMIN, "wrong password!!", body).statusCode())
                .isEqualTo(401);

        HttpResponse<String> created = api("POST", "/api/v1/users", ADMIN, ADMIN_PASSWORD, body);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).isEqualTo("{\"username\":\"" + author + "\",\"roles\":[\"author\"]}");
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/users/" + author));
        assertThat(api("POST", "/api/v1/users", ADMIN, ADMIN_PASSWORD, body).statusCode())
                .as("taken")
                .isEqualTo(409);

        HttpResponse<String> byAuthor =
                api("POST", "/api/v1/users", author, "a long enough password", body.replace(author, author + "-2"));
        assertThat(byAuthor.statusCode()).isEqualTo(403);
        assertThat(byAuthor.body()).contains("admin");
        assertThat(signIn(author, "a long enough password").statusCode())
                .as("the author signs in to the editor")
                .isEqualTo(303);
    }

    @Test
    void aBadRequestIsExplainedAndCreatesNothing() {
        for (String body : List.of(
                "not json",
                "{\"username\":\"x\"}",
                "{\"username\":\"short-pw\",\"password\":\"short\",\"roles\":[\"author\"]}",
                "{\"username\":\"bad-role\",\"password\":\"a long enough password\",\"roles\":[\"editor\"]}",
                "{\"username\":\"<script>\",\"password\":\"a long enough password\",\"roles\":[\"author\"]}")) {
            HttpResponse<String> response = api("POST", "/api/v1/users", ADMIN, ADMIN_PASSWORD, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).as(body).contains("\"detail\"").doesNotContain("Exception");
        }
        assertThat(signIn("short-pw", "short").statusCode()).isEqualTo(401);
    }

    // ---- API tokens -------------------------------------------------------------------------------------------

    private static final String WORKFLOW = "/api/v1/articles/physical-therapy-for-chronic-back-pain/workflow";
    private static final String TOKENS = "/api/v1/users/me/tokens";

    @Test
    void aTokenOpensTheApiWithItsAccountsRolesAndNoPassword() {
        String admin = "token-admin-" + System.nanoTime();
        String author = "token-author-" + System.nanoTime();
        createAccount(admin, "admin", "author");
        createAccount(author, "author");

        HttpResponse<String> made =
                api("POST", TOKENS, admin, "a long enough password", "{\"name\":\"nightly import\"}");

        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(made.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        String token = jsonString(made.body(), "token");
        assertThat(token).matches("attune_[A-Za-z0-9_-]{43}");
        assertThat(made.body()).contains("\"name\":\"nightly import\"", "\"state\":\"active\"");
        String id = made.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        assertThat(made.body()).contains("\"id\":" + id);

        assertThat(bearer("GET", WORKFLOW, token, "").statusCode()).isEqualTo(200);
        assertThat(bearer("POST", "/api/v1/users", token, account("made-by-token-" + System.nanoTime()))
                        .statusCode())
                .as("the admin role of its account")
                .isEqualTo(201);
        String authors = tokenOf(author, "author's script");
        HttpResponse<String> refused =
                bearer("POST", "/api/v1/users", authors, account("not-by-an-author-" + System.nanoTime()));
        assertThat(refused.statusCode()).as("an author's token is an author").isEqualTo(403);

        HttpResponse<String> list = bearer("GET", TOKENS, token, "");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body())
                .contains("\"name\":\"nightly import\"")
                .doesNotContain(token)
                .doesNotContain("\"token\"")
                .doesNotContain("\"lastUsed\":null")
                .doesNotContain("author's script");
    }

    @Test
    void aTokenCannotMakeTokensNorOpenTheEditor() {
        String author = "token-editor-" + System.nanoTime();
        createAccount(author, "author");
        String token = tokenOf(author, "ci");

        assertThat(bearer("POST", TOKENS, token, "{\"name\":\"another\"}").statusCode())
                .isEqualTo(403);
        for (String page : List.of("/editor", "/editor/me", "/editor/new")) {
            HttpResponse<String> editor = http.get(page, "Authorization", "Bearer " + token);
            assertThat(editor.statusCode()).as(page).isEqualTo(302);
            assertThat(editor.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("/login"));
        }
    }

    @Test
    void aRevokedUnknownOrMalformedTokenIsRefusedWithProblemDetails() {
        String author = "token-revoked-" + System.nanoTime();
        createAccount(author, "author");
        String other = "token-other-" + System.nanoTime();
        createAccount(other, "author");
        HttpResponse<String> made = api("POST", TOKENS, author, "a long enough password", "{\"name\":\"old\"}");
        String token = jsonString(made.body(), "token");
        String path = TOKENS + "/"
                + made.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        assertThat(bearer("GET", WORKFLOW, token, "").statusCode()).isEqualTo(200);

        assertThat(api("DELETE", path, other, "a long enough password", "").statusCode())
                .as("someone else's token")
                .isEqualTo(404);
        assertThat(bearer("GET", WORKFLOW, token, "").statusCode()).isEqualTo(200);
        assertThat(api("DELETE", path, author, "a long enough password", "").statusCode())
                .isEqualTo(204);
        assertThat(api("DELETE", path, author, "a long enough password", "").statusCode())
                .as("again")
                .isEqualTo(204);
        assertThat(api("GET", TOKENS, author, "a long enough password", "").body())
                .contains("\"state\":\"revoked\"");

        for (String refused : List.of(
                token,
                "attune_" + "A".repeat(43),
                "attune_short",
                "not-a-token",
                "attune_" + "A".repeat(42) + "\u00e9",
                "")) {
            HttpResponse<String> response = bearer("GET", WORKFLOW, refused, "");
            assertThat(response.statusCode()).as(refused).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            assertThat(response.body()).contains("\"status\":401").doesNotContain("Exception");
        }
        assertThat(http.get("/api/v1/articles", "Authorization", "Bearer nope").statusCode())
                .as("even where no sign-in is needed, a bad token is refused, as a wrong password is")
                .isEqualTo(401);
    }

    @Test
    void aTokenIsMadeOnlyWithANameAndOneToThreeHundredSixtyFiveDays() {
        String author = "token-bad-" + System.nanoTime();
        createAccount(author, "author");
        for (String body : List.of(
                "not json",
                "{}",
                "{\"name\":\"   \"}",
                "{\"name\":\"x\",\"days\":0}",
                "{\"name\":\"x\",\"days\":366}",
                "{\"name\":\"x\",\"days\":1.5}",
                "{\"name\":\"x\",\"days\":\"ten\"}",
                "{\"name\":\"x\",\"days\":99999999999}",
                "{\"name\":\"" + "x".repeat(101) + "\"}")) {
            HttpResponse<String> response = api("POST", TOKENS, author, "a long enough password", body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).as(body).contains("\"detail\"").doesNotContain("Exception");
        }
        HttpResponse<String> year =
                api("POST", TOKENS, author, "a long enough password", "{\"name\":\"y\",\"days\":365}");
        assertThat(year.statusCode()).isEqualTo(201);
        assertThat(api("GET", TOKENS, null, null, "").statusCode()).isEqualTo(401);
    }

    @Test
    void theTokensPageNeedsItsFormsTokenAndShowsHostileNamesAsText() {
        String author = "token-page-" + System.nanoTime();
        createAccount(author, "author");
        String session = Http.cookie(signIn(author, "a long enough password"), SessionCookies.NAME);
        var editor = Jsoup.parse(http.get("/editor", "Cookie", session).body());
        assertThat(editor.select(".signout a[href$=/editor/me]"))
                .as("linked from the header")
                .hasSize(1);
        HttpResponse<String> page = http.get("/editor/me", "Cookie", session);
        assertThat(page.statusCode()).isEqualTo(200);
        String csrf = Jsoup.parse(page.body())
                .selectFirst(".new-token-form input[name=csrf]")
                .attr("value");
        String hostile = "<script>alert('token')</script><img src=x onerror=alert(1)>";

        assertThat(postForm("/editor/me", session, "action", "create", "name", hostile, "days", "30")
                        .statusCode())
                .as("no token")
                .isEqualTo(403);
        assertThat(postForm("/editor/me", session, "csrf", "forged", "action", "create", "name", hostile, "days", "30")
                        .statusCode())
                .as("a forged token")
                .isEqualTo(403);
        assertThat(api("GET", TOKENS, author, "a long enough password", "").body())
                .isEqualTo("[]");

        HttpResponse<String> made =
                postForm("/editor/me", session, "csrf", csrf, "action", "create", "name", hostile, "days", "30");
        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(made.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(made.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
        var shown = Jsoup.parse(made.body());
        String token = shown.selectFirst(".new-token__value").text();
        assertThat(token).matches("attune_[A-Za-z0-9_-]{43}");
        assertThat(shown.selectFirst(".editor-tokens .token-name").text()).isEqualTo(hostile);
        assertThat(shown.select("script")).isEmpty();
        assertThat(bearer("GET", WORKFLOW, token, "").statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(http.get("/editor/me", "Cookie", session).body()).text())
                .as("shown once")
                .doesNotContain(token);

        HttpResponse<String> tooLong =
                postForm("/editor/me", session, "csrf", csrf, "action", "create", "name", "x", "days", "366");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(tooLong.body()).selectFirst("[role=alert]").text())
                .contains("1 to 365 days");

        String id = shown.selectFirst(".revoke-token input[name=id]").attr("value");
        assertThat(postForm("/editor/me", session, "csrf", "forged", "action", "revoke", "id", id)
                        .statusCode())
                .isEqualTo(403);
        assertThat(bearer("GET", WORKFLOW, token, "").statusCode()).isEqualTo(200);
        assertThat(postForm("/editor/me", session, "csrf", csrf, "action", "revoke", "id", id)
                        .statusCode())
                .isEqualTo(303);
        assertThat(bearer("GET", WORKFLOW, token, "").statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(http.get("/editor/me", "Cookie", session).body()).select(".revoke-token"))
                .as("nothing left to revoke")
                .isEmpty();
    }

    // ---- Accounts: /editor/accounts, /editor/me, /api/v1/users ---------------------------------------------------

    private static final String ACCOUNTS = "/editor/accounts";

    @Test
    void onlyAdministratorsManageAccountsOnThePagesAndInTheApi() {
        String author = "matrix-author-" + System.nanoTime();
        String reviewer = "matrix-reviewer-" + System.nanoTime();
        createAccount(author, "author");
        createAccount(reviewer, "reviewer");
        String admin = sessionOf(ADMIN, ADMIN_PASSWORD);

        HttpResponse<String> anonymous = http.get(ACCOUNTS);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login?next=%2Feditor%2Faccounts"));
        assertThat(http.get(ACCOUNTS + "/" + author).statusCode()).isEqualTo(302);
        assertThat(api("GET", "/api/v1/users", null, null, "").statusCode()).isEqualTo(401);
        assertThat(api("GET", "/api/v1/users/" + author, null, null, "").statusCode())
                .isEqualTo(401);
        assertThat(api("PATCH", "/api/v1/users/" + author, null, null, "{\"disabled\":true}")
                        .statusCode())
                .isEqualTo(401);
        for (String user : List.of(author, reviewer)) {
            String session = sessionOf(user, "a long enough password");
            assertThat(http.get(ACCOUNTS, "Cookie", session).statusCode())
                    .as(user)
                    .isEqualTo(403);
            assertThat(http.get(ACCOUNTS + "/" + author, "Cookie", session).statusCode())
                    .isEqualTo(403);
            String csrf = csrfOf(session, "/editor/me");
            assertThat(postForm(ACCOUNTS + "/" + author, session, "csrf", csrf, "action", "disable")
                            .statusCode())
                    .as("%s disabling with the right token", user)
                    .isEqualTo(403);
            assertThat(Jsoup.parse(http.get("/editor", "Cookie", session).body())
                            .select(".signout a[href$=/editor/accounts]"))
                    .as("no link for " + user)
                    .isEmpty();
            for (String path : List.of("/api/v1/users", "/api/v1/users/" + author)) {
                HttpResponse<String> refused = api("GET", path, user, "a long enough password", "");
                assertThat(refused.statusCode()).as(path).isEqualTo(403);
                assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            }
            assertThat(api("PATCH", "/api/v1/users/" + author, user, "a long enough password", "{\"disabled\":true}")
                            .statusCode())
                    .isEqualTo(403);
        }
        assertThat(api("GET", "/api/v1/users/" + author, ADMIN, ADMIN_PASSWORD, "")
                        .body())
                .as("nothing changed")
                .contains("\"disabled\":false");

        HttpResponse<String> list = http.get(ACCOUNTS, "Cookie", admin);
        assertThat(list.statusCode()).isEqualTo(200);
        var page = Jsoup.parse(list.body());
        assertThat(page.select(".signout a[href$=/editor/accounts]")).hasSize(1);
        assertThat(page.select(".editor-accounts tr[data-username=" + author + "] .account-roles")
                        .text())
                .isEqualTo("Author");
        assertThat(http.get(ACCOUNTS + "/" + author, "Cookie", admin).statusCode())
                .isEqualTo(200);
        assertThat(http.get(ACCOUNTS + "/nobody-" + System.nanoTime(), "Cookie", admin)
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> users = api("GET", "/api/v1/users", ADMIN, ADMIN_PASSWORD, "");
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body())
                .contains("{\"username\":\"" + author + "\",\"displayName\":null,\"roles\":[\"author\"],"
                        + "\"disabled\":false,\"mustChangePassword\":false,\"lastSignIn\":\"")
                .doesNotContain("password_hash")
                .doesNotContain("a long enough password");
    }

    @Test
    void aDisabledAccountIsRefusedByTheFormBasicAndItsTokensAndItsSessionEnds() {
        String author = "disabled-" + System.nanoTime();
        createAccount(author, "author");
        String token = tokenOf(author, "nightly");
        String session = sessionOf(author, "a long enough password");
        assertThat(http.get("/editor", "Cookie", session).statusCode()).isEqualTo(200);

        HttpResponse<String> disabled =
                api("PATCH", "/api/v1/users/" + author, ADMIN, ADMIN_PASSWORD, "{\"disabled\":true}");

        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.body()).contains("\"disabled\":true");
        assertThat(signIn(author, "a long enough password").statusCode())
                .as("the form")
                .isEqualTo(401);
        assertThat(api("GET", WORKFLOW, author, "a long enough password", "").statusCode())
                .as("HTTP Basic")
                .isEqualTo(401);
        assertThat(bearer("GET", WORKFLOW, token, "").statusCode())
                .as("its token")
                .isEqualTo(401);
        HttpResponse<String> open = http.get("/editor", "Cookie", session);
        assertThat(open.statusCode()).as("the session it had").isEqualTo(302);
        assertThat(open.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login"));
        assertThat(Jsoup.parse(http.get(ACCOUNTS, "Cookie", sessionOf(ADMIN, ADMIN_PASSWORD))
                                .body())
                        .select(".editor-accounts tr[data-username=" + author + "] .account-state")
                        .text())
                .as("still listed")
                .isEqualTo("Disabled");

        assertThat(api("PATCH", "/api/v1/users/" + author, ADMIN, ADMIN_PASSWORD, "{\"disabled\":false}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(bearer("GET", WORKFLOW, token, "").statusCode())
                .as("enabled again")
                .isEqualTo(200);
        assertThat(signIn(author, "a long enough password").statusCode()).isEqualTo(303);
    }

    @Test
    void anAdministratorCannotDisableThemselvesNorChangeTheDirectorysAccounts() {
        String admin = "self-admin-" + System.nanoTime();
        createAccount(admin, "admin");

        HttpResponse<String> self =
                api("PATCH", "/api/v1/users/" + admin, admin, "a long enough password", "{\"disabled\":true}");

        assertThat(self.statusCode()).isEqualTo(409);
        assertThat(self.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(self.body()).contains("your own account");
        String session = sessionOf(admin, "a long enough password");
        var page =
                Jsoup.parse(http.get(ACCOUNTS + "/" + admin, "Cookie", session).body());
        assertThat(page.select(".account-state-form"))
                .as("no button to disable oneself")
                .isEmpty();
        HttpResponse<String> forced =
                postForm(ACCOUNTS + "/" + admin, session, "csrf", csrfOf(session, ACCOUNTS), "action", "disable");
        assertThat(forced.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(forced.body()).selectFirst("[role=alert]").text())
                .isEqualTo("You cannot disable your own account.");
        assertThat(signIn(admin, "a long enough password").statusCode()).isEqualTo(303);

        for (String body : List.of(
                "not json",
                "{\"disabled\":\"yes\"}",
                "{\"roles\":[]}",
                "{\"roles\":[\"editor\"]}",
                "{\"displayName\":42}",
                "{\"username\":\"renamed\"}",
                "{\"displayName\":\"" + "x".repeat(201) + "\"}")) {
            HttpResponse<String> bad = api("PATCH", "/api/v1/users/" + admin, ADMIN, ADMIN_PASSWORD, body);
            assertThat(bad.statusCode()).as(body).isEqualTo(400);
            assertThat(bad.body()).as(body).contains("\"detail\"").doesNotContain("Exception");
        }
        assertThat(api(
                                "PATCH",
                                "/api/v1/users/nobody-" + System.nanoTime(),
                                ADMIN,
                                ADMIN_PASSWORD,
                                "{\"disabled\":true}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void everyAccountsFormNeedsItsSessionsToken() {
        String target = "csrf-target-" + System.nanoTime();
        createAccount(target, "author");
        String admin = sessionOf(ADMIN, ADMIN_PASSWORD);
        String path = ACCOUNTS + "/" + target;
        String fresh = "csrf-new-" + System.nanoTime();

        for (String[] form : List.of(
                new String[] {ACCOUNTS, "username", fresh, "displayName", "X", "role", "author"},
                new String[] {path, "action", "save", "displayName", "Forged Name", "role", "admin"},
                new String[] {path, "action", "disable"},
                new String[] {path, "action", "reset"})) {
            String[] fields = java.util.Arrays.copyOfRange(form, 1, form.length);
            assertThat(postForm(form[0], admin, fields).statusCode())
                    .as("no token: %s", List.of(form))
                    .isEqualTo(403);
            String[] forged = java.util.Arrays.copyOf(fields, fields.length + 2);
            forged[fields.length] = "csrf";
            forged[fields.length + 1] = "forged";
            assertThat(postForm(form[0], admin, forged).statusCode())
                    .as("a wrong token: %s", List.of(form))
                    .isEqualTo(403);
        }
        assertThat(api("GET", "/api/v1/users/" + target, ADMIN, ADMIN_PASSWORD, "")
                        .body())
                .as("nothing changed")
                .contains(
                        "\"displayName\":null",
                        "\"roles\":[\"author\"]",
                        "\"disabled\":false",
                        "\"mustChangePassword\":false");
        assertThat(api("GET", "/api/v1/users/" + fresh, ADMIN, ADMIN_PASSWORD, "")
                        .statusCode())
                .as("nothing created")
                .isEqualTo(404);
        assertThat(signIn(target, "a long enough password").statusCode())
                .as("the password stays")
                .isEqualTo(303);

        String own = sessionOf(target, "a long enough password");
        for (String[] fields : List.of(new String[] {"action", "display-name", "displayName", "Forged"}, new String[] {
            "action",
            "password",
            "currentPassword",
            "a long enough password",
            "newPassword",
            "a forged new password",
            "repeatPassword",
            "a forged new password"
        })) {
            assertThat(postForm("/editor/me", own, fields).statusCode()).isEqualTo(403);
            String[] forged = java.util.Arrays.copyOf(fields, fields.length + 2);
            forged[fields.length] = "csrf";
            forged[fields.length + 1] = "forged";
            assertThat(postForm("/editor/me", own, forged).statusCode()).isEqualTo(403);
        }
        assertThat(signIn(target, "a long enough password").statusCode()).isEqualTo(303);
        assertThat(api("GET", "/api/v1/users/" + target, ADMIN, ADMIN_PASSWORD, "")
                        .body())
                .contains("\"displayName\":null");
    }

    @Test
    void anAdministratorCreatesAnAccountWhosePersonChoosesTheirOwnPasswordAtFirstSignIn() {
        String admin = sessionOf(ADMIN, ADMIN_PASSWORD);
        String username = "new-person-" + System.nanoTime();

        HttpResponse<String> created = postForm(
                ACCOUNTS,
                admin,
                "csrf",
                csrfOf(admin, ACCOUNTS),
                "username",
                username.toUpperCase(Locale.ROOT),
                "displayName",
                "Dr. Ana Ruiz, MD",
                "role",
                "author",
                "role",
                "reviewer");

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        var shown = Jsoup.parse(created.body());
        String temporary = shown.selectFirst(".temporary-password").text();
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
        assertThat(shown.selectFirst(".account-display-name").text()).isEqualTo("Dr. Ana Ruiz, MD");
        assertThat(Jsoup.parse(http.get(ACCOUNTS + "/" + username, "Cookie", admin)
                                .body())
                        .text())
                .as("shown once")
                .doesNotContain(temporary);
        assertThat(api("GET", WORKFLOW, username, temporary, "").statusCode())
                .as("a temporary password opens no API")
                .isEqualTo(403);

        HttpResponse<String> first = signIn(username, temporary);
        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/editor/me"));
        String session = Http.cookie(first, SessionCookies.NAME);
        HttpResponse<String> elsewhere = http.get("/editor", "Cookie", session);
        assertThat(elsewhere.statusCode()).as("nothing else opens").isEqualTo(303);
        var me = Jsoup.parse(http.get("/editor/me", "Cookie", session).body());
        assertThat(me.select(".must-change-password")).hasSize(1);
        assertThat(me.select(".new-token-form")).isEmpty();
        String csrf = me.selectFirst(".password-form input[name=csrf]").attr("value");
        assertThat(postForm("/editor/me", session, "csrf", csrf, "action", "create", "name", "x", "days", "3")
                        .statusCode())
                .as("no token while the password is temporary")
                .isEqualTo(403);

        HttpResponse<String> mismatch = postForm(
                "/editor/me",
                session,
                "csrf",
                csrf,
                "action",
                "password",
                "currentPassword",
                temporary,
                "newPassword",
                "her very own password",
                "repeatPassword",
                "another one entirely");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        HttpResponse<String> wrongCurrent = postForm(
                "/editor/me",
                session,
                "csrf",
                csrf,
                "action",
                "password",
                "currentPassword",
                "not the temporary one",
                "newPassword",
                "her very own password",
                "repeatPassword",
                "her very own password");
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(wrongCurrent.body())
                        .selectFirst("[role=alert].notice--problem:not(.must-change-password)")
                        .text())
                .contains("current password is not right");
        HttpResponse<String> changed = postForm(
                "/editor/me",
                session,
                "csrf",
                csrf,
                "action",
                "password",
                "currentPassword",
                temporary,
                "newPassword",
                "her very own password",
                "repeatPassword",
                "her very own password");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(changed.body()).select("[role=status]").text()).contains("Your password is changed.");
        assertThat(http.get("/editor", "Cookie", session).statusCode()).isEqualTo(200);
        assertThat(signIn(username, temporary).statusCode()).isEqualTo(401);
        assertThat(api("GET", WORKFLOW, username, "her very own password", "").statusCode())
                .isEqualTo(200);

        HttpResponse<String> reset =
                postForm(ACCOUNTS + "/" + username, admin, "csrf", csrfOf(admin, ACCOUNTS), "action", "reset");
        assertThat(reset.statusCode()).isEqualTo(200);
        String again =
                Jsoup.parse(reset.body()).selectFirst(".temporary-password").text();
        assertThat(signIn(username, "her very own password").statusCode())
                .as("after a reset")
                .isEqualTo(401);
        assertThat(signIn(username, again).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/editor/me"));
    }

    @Test
    void aHostileDisplayNameIsTextOnTheAccountsPageAndOnTheReaderPagesReviewerLine() {
        String hostile = "<script>alert('name')</script><img src=x onerror=alert(1)> Dr. Evil, MD";
        String author = "hostile-author-" + System.nanoTime();
        String reviewer = "hostile-reviewer-" + System.nanoTime();
        createAccount(author, "author");
        createAccount(reviewer, "reviewer");
        String session = sessionOf(reviewer, "a long enough password");
        HttpResponse<String> named = postForm(
                "/editor/me",
                session,
                "csrf",
                csrfOf(session, "/editor/me"),
                "action",
                "display-name",
                "displayName",
                hostile);
        assertThat(named.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(named.body()).selectFirst("#own-display-name").attr("value"))
                .isEqualTo(hostile);

        HttpResponse<String> accounts = http.get(ACCOUNTS, "Cookie", sessionOf(ADMIN, ADMIN_PASSWORD));
        assertThat(accounts.body()).doesNotContain("<script>alert").doesNotContain("<img src=x");
        assertThat(Jsoup.parse(accounts.body())
                        .select(".editor-accounts tr[data-username=" + reviewer + "] .account-display-name")
                        .text())
                .isEqualTo(hostile);

        String slug = "hostile-name-" + System.nanoTime();
        HttpResponse<String> written = http.submit(
                "POST",
                "/api/v1/articles",
                ArticleFixtures.article(slug),
                "Content-Type",
                "text/markdown",
                "Authorization",
                Http.basic(author, "a long enough password"));
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        String transitions = "/api/v1/articles/" + slug + "/transitions";
        assertThat(api("POST", transitions, author, "a long enough password", "{\"to\":\"submitted\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(api("POST", transitions, reviewer, "a long enough password", "{\"to\":\"under-review\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(api("POST", transitions, reviewer, "a long enough password", "{\"to\":\"approved\"}")
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> reader = http.get("/articles/" + slug);
        assertThat(reader.statusCode()).isEqualTo(200);
        assertThat(reader.body())
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x")
                .doesNotContain(reviewer);
        var page = Jsoup.parse(reader.body());
        assertThat(page.selectFirst(".review__approved").text())
                .startsWith("Reviewed by " + hostile + " and approved on");
        assertThat(page.select("script:not([type=application/ld+json])"))
                .as("no script but the JSON-LD")
                .isEmpty();
        String jsonLd = page.selectFirst("script[type=application/ld+json]").data();
        assertThat(jsonLd).doesNotContain("<");
        try (var json = jakarta.json.Json.createReader(new java.io.StringReader(jsonLd))) {
            assertThat(json.readObject().getJsonObject("reviewedBy").getString("name"))
                    .isEqualTo(hostile);
        }

        HttpResponse<String> renamed = postForm(
                "/editor/me",
                session,
                "csrf",
                csrfOf(session, "/editor/me"),
                "action",
                "display-name",
                "displayName",
                "");
        assertThat(renamed.statusCode()).isEqualTo(200);
        var unnamed = http.page("/articles/" + slug);
        assertThat(unnamed.selectFirst(".review__approved").text())
                .as("without a display name, no name at all: never the username (and the page was built again)")
                .startsWith("Reviewed by our medical advisory board and approved on");
        assertThat(unnamed.outerHtml()).doesNotContain(reviewer);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private HttpResponse<String> signIn(String username, String password) {
        return http.signIn(username, password);
    }

    private HttpResponse<String> postForm(String path, String cookie, String... form) {
        return http.submit(
                "POST", path, Http.form(form), "Content-Type", "application/x-www-form-urlencoded", "Cookie", cookie);
    }

    private HttpResponse<String> api(String method, String path, String user, String password, String json) {
        if (user == null) {
            return http.submit(method, path, json, "Content-Type", "application/json");
        }
        return http.submit(
                method, path, json, "Content-Type", "application/json", "Authorization", Http.basic(user, password));
    }

    private HttpResponse<String> bearer(String method, String path, String token, String json) {
        return http.submit(method, path, json, "Content-Type", "application/json", "Authorization", "Bearer " + token);
    }

    private void createAccount(String username, String... roles) {
        String body = "{\"username\":\"" + username + "\",\"password\":\"a long enough password\",\"roles\":[\""
                + String.join("\",\"", roles) + "\"]}";
        assertThat(api("POST", "/api/v1/users", ADMIN, ADMIN_PASSWORD, body).statusCode())
                .isEqualTo(201);
    }

    /** A signed-in session cookie of {@code username}. */
    private String sessionOf(String username, String password) {
        HttpResponse<String> signedIn = signIn(username, password);
        assertThat(signedIn.statusCode()).as("signing in " + username).isEqualTo(303);
        return Http.cookie(signedIn, SessionCookies.NAME);
    }

    /** The CSRF token the session's forms carry, read from one of its pages. */
    private String csrfOf(String session, String page) {
        return Jsoup.parse(http.get(page, "Cookie", session).body())
                .selectFirst(".signout input[name=csrf]")
                .attr("value");
    }

    private String tokenOf(String username, String name) {
        HttpResponse<String> made =
                api("POST", TOKENS, username, "a long enough password", "{\"name\":\"" + name + "\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        return jsonString(made.body(), "token");
    }

    private static String jsonString(String json, String name) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.readObject().getString(name);
        }
    }

    private static String account(String username) {
        return "{\"username\":\"" + username + "\",\"password\":\"a long enough password\",\"roles\":[\"author\"]}";
    }

    private static Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionCookies.NAME + "="))
                .findFirst();
    }
}
