package org.attune.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

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
 * A hospital signs its staff in with its own directory (LDAP, configured by {@code attune.ldap.*}) or its single
 * sign-on (OpenID Connect, {@code attune.oidc.*}), their groups mapped to Attune's roles, while Attune's own
 * accounts keep working.
 */
@ExtendWith({HospitalDirectory.class, HospitalIdentityProvider.class, ArquillianExtension.class})
class DirectorySignInIT extends DeployedAttune {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withFirstAdmin();
    }

    @Test
    void directoryStaffSignInWithTheRolesTheirGroupsAreMappedTo() {
        String article = article("directory-authored");

        assertThat(post("omar", "/api/v1/articles", article, "text/markdown").statusCode())
                .as("clinical-authors → author")
                .isEqualTo(201);
        assertThat(post("nadia", "/api/v1/articles", article.replace("directory-authored", "by-nadia"), "text/markdown")
                        .statusCode())
                .as("clinical-reviewers → reviewer, not author")
                .isEqualTo(403);
        assertThat(post(
                                "nadia",
                                "/api/v1/articles/directory-authored/transitions",
                                "{\"to\":\"under-review\"}",
                                "application/json")
                        .statusCode())
                .as("the reviewer's move, refused only because the draft is not submitted")
                .isEqualTo(409);
    }

    @Test
    void someoneInBothGroupsCannotApproveTheirOwnRevisionUnderAnotherSpellingOfTheirName() {
        String slug = "written-by-dirmax";
        assertThat(post("dirmax", "/api/v1/articles", article(slug), "text/markdown")
                        .statusCode())
                .isEqualTo(201);
        assertThat(move("DirMax", slug, "submitted").statusCode()).isEqualTo(200);
        assertThat(move("DIRMAX", slug, "under-review").statusCode())
                .as("a reviewer may take up their own revision, only not approve it")
                .isEqualTo(200);

        for (String spelling : List.of("DIRMAX", "DirMax", " dirmax ", "ｄｉｒｍａｘ", "DirMax@Hospital.Example")) {
            HttpResponse<String> approval = move(spelling, slug, "approved");
            assertThat(approval.statusCode()).as("API, as '" + spelling + "'").isEqualTo(403);
            assertThat(approval.body()).contains("four eyes");
        }
        for (String spelling : List.of("DIRMAX", "DirMax", " dirmax ", "dirmax@hospital.example")) {
            HttpResponse<String> signedIn = http.signIn(spelling, HospitalDirectory.PASSWORD);
            assertThat(signedIn.statusCode()).as("form, as '" + spelling + "'").isEqualTo(303);
            String session = Http.cookie(signedIn, SessionCookies.NAME);
            var editor = Jsoup.parse(
                    http.get("/editor/articles/" + slug, "Cookie", session).body());
            assertThat(editor.selectFirst(".signout strong").text()).isEqualTo("dirmax");
            String csrf = editor.selectFirst(".signout input[name=csrf]").attr("value");
            assertThat(http.submit(
                                    "POST",
                                    "/editor/articles/" + slug,
                                    Http.form("to", "approved", "csrf", csrf),
                                    "Content-Type",
                                    "application/x-www-form-urlencoded",
                                    "Cookie",
                                    session)
                            .statusCode())
                    .as("form, as '" + spelling + "'")
                    .isEqualTo(403);
        }

        String workflow = http.get(
                        "/api/v1/articles/" + slug + "/workflow",
                        "Authorization",
                        Http.basic("nadia", HospitalDirectory.PASSWORD))
                .body();
        assertThat(workflow).contains("\"status\":\"under-review\"");
        assertThat(Pattern.compile("\"by\":\"([^\"]*)\"")
                        .matcher(workflow)
                        .results()
                        .map(m -> m.group(1)))
                .as("draft, submitted, under review: each by dirmax, however typed")
                .containsExactly("dirmax", "dirmax", "dirmax");
        assertThat(move("nadia", slug, "approved").statusCode())
                .as("another reviewer")
                .isEqualTo(200);
    }

    @Test
    void aDirectoryEntryNamedLongerThanAUsernameMayBeIsRefusedNotAServerError() {
        HttpResponse<String> api = http.get(
                "/api/v1/articles/x/workflow",
                "Authorization",
                Http.basic(HospitalDirectory.LENGTHY_MAIL, HospitalDirectory.PASSWORD));
        HttpResponse<String> form = http.signIn(HospitalDirectory.LENGTHY_MAIL, HospitalDirectory.PASSWORD);

        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(form.statusCode())
                .as("the sign-in form again, with its one message")
                .isEqualTo(401);
        assertNoSessionStarted(form);
    }

    @Test
    void aDirectoryGroupNamedLikeARoleGrantsNothingByItsName() {
        assertThat(post(
                                "zed",
                                "/api/v1/users",
                                "{\"username\":\"x\",\"password\":\"long enough pw\",\"roles\":[\"admin\"]}",
                                "application/json")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void someoneSignedInWithNoEditorRoleIsRefusedTheEditorPages() {
        HttpResponse<String> signedIn = http.signIn("zed", HospitalDirectory.PASSWORD);
        String session = Http.cookie(signedIn, SessionCookies.NAME);

        assertThat(http.get("/editor", "Cookie", session).statusCode()).isEqualTo(403);
        assertThat(http.get("/editor/new", "Cookie", session).statusCode()).isEqualTo(403);
        assertThat(http.get("/articles/physical-therapy-for-chronic-back-pain", "Cookie", session)
                        .statusCode())
                .as("reading needs no role")
                .isEqualTo(200);
    }

    @Test
    void aWrongDirectoryPasswordIsRefusedAndAttunesOwnAccountsStillSignIn() {
        assertThat(http.get("/api/v1/articles/x/workflow", "Authorization", Http.basic("omar", "wrong password"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(http.get(
                                "/api/v1/articles/physical-therapy-for-chronic-back-pain/workflow",
                                "Authorization",
                                Http.basic(Deployments.ADMIN, Deployments.ADMIN_PASSWORD))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void directoryStaffUseTheSignInForm() {
        HttpResponse<String> signedIn = http.signIn("omar", HospitalDirectory.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(303);
        String session = Http.cookie(signedIn, SessionCookies.NAME);
        var editor = Jsoup.parse(http.get("/editor", "Cookie", session).body());
        assertThat(editor.selectFirst(".signout strong").text()).isEqualTo("omar");
        assertThat(editor.select("a.button").text()).as("an author may write").contains("Write a new article");
    }

    @Test
    void hospitalStaffSignInWithTheirHospitalAccountAndGetTheRolesOfTheirGroups() {
        var signInPage = Jsoup.parse(http.get("/login").body());
        assertThat(signInPage.select("a[href*=login/oidc]").text()).isEqualTo("Sign in with Northfield");

        HttpResponse<String> olga = signOn("olga", HospitalIdentityProvider.PASSWORD);

        assertThat(olga.statusCode()).isEqualTo(200);
        assertThat(olga.headers().firstValue("Refresh"))
                .hasValueSatisfying(r -> assertThat(r).endsWith("/editor"));
        String session = Http.cookie(olga, SessionCookies.NAME);
        var editor = Jsoup.parse(http.get("/editor", "Cookie", session).body());
        assertThat(editor.selectFirst(".signout strong").text()).isEqualTo("olga");
        assertThat(editor.select("a.button").text())
                .as("clinical-authors → author")
                .contains("Write a new article");

        String ravisSession = Http.cookie(signOn("ravi", HospitalIdentityProvider.PASSWORD), SessionCookies.NAME);
        var ravisEditor =
                Jsoup.parse(http.get("/editor", "Cookie", ravisSession).body());
        assertThat(ravisEditor.selectFirst(".signout strong").text()).isEqualTo("ravi");
        assertThat(ravisEditor.select("a.button").text())
                .as("medical-board → reviewer, who does not write")
                .doesNotContain("Write a new article");
    }

    @Test
    void anotherAccountAtTheProviderClaimingABoundUsernameIsNotThatPerson() {
        assertThat(signOn("olga", HospitalIdentityProvider.PASSWORD).statusCode())
                .as("olga's account, bound to olga at its first sign-in")
                .isEqualTo(200);

        HttpResponse<String> impostor = signOn("olga.k", HospitalIdentityProvider.PASSWORD);

        assertThat(impostor.statusCode())
                .as("an account whose claim reads OLGA")
                .isEqualTo(401);
        assertNoSessionStarted(impostor);
        assertThat(signOn("olga", HospitalIdentityProvider.PASSWORD).statusCode())
                .as("olga herself, again")
                .isEqualTo(200);
    }

    @Test
    void someoneTheProviderVouchesForButInNoMappedGroupIsNotSignedIn() {
        assertSignOnRefused(
                signOn("noor", HospitalIdentityProvider.PASSWORD),
                403,
                "not in a group that may write, review or administer");
    }

    @Test
    void anIdTokenNotSignedWithTheProvidersPublishedKeySignsNobodyIn() {
        assertSignOnRefused(
                signOn("mallory", HospitalIdentityProvider.PASSWORD), 401, "The hospital sign-in did not complete");
    }

    @Test
    void aSignInAnsweredInAnotherBrowserOrTwiceSignsNobodyIn() {
        HttpResponse<String> start = http.get("/login/oidc?next=%2Feditor");
        String stateCookie = Http.cookie(start, HospitalSignOnServlet.STATE_COOKIE);
        String callback =
                approveAtProvider(start.headers().firstValue("Location").orElseThrow(), "olga");

        HttpResponse<String> elsewhere = http.get(callback);
        assertThat(elsewhere.statusCode())
                .as("a browser without the sign-in's cookie")
                .isEqualTo(400);
        assertNoSessionStarted(elsewhere);

        assertThat(http.get(callback, "Cookie", stateCookie).statusCode())
                .as("the browser that started it")
                .isEqualTo(200);
        assertThat(http.get(callback, "Cookie", stateCookie).statusCode())
                .as("the same answer again")
                .isEqualTo(400);
    }

    @Test
    void cancellingAtTheProviderLeadsBackToTheSignInPage() {
        HttpResponse<String> start = http.get("/login/oidc");
        String stateCookie = Http.cookie(start, HospitalSignOnServlet.STATE_COOKIE);
        HttpResponse<String> cancelled =
                providerForm(start.headers().firstValue("Location").orElseThrow(), "cancel", "1");

        HttpResponse<String> back =
                http.get(cancelled.headers().firstValue("Location").orElseThrow(), "Cookie", stateCookie);
        assertThat(back.statusCode()).isEqualTo(401);
        assertThat(Jsoup.parse(back.body()).select("form.signin-form"))
                .as("the password form is still offered")
                .hasSize(1);
    }

    @Test
    void theDirectorysAndSingleSignOnsPeopleAreListedReadOnlyForAdministrators() {
        HttpResponse<String> omar = http.signIn("omar", HospitalDirectory.PASSWORD);
        assertThat(omar.statusCode()).isEqualTo(303);
        assertThat(signOn("ravi", HospitalIdentityProvider.PASSWORD).statusCode())
                .isEqualTo(200);
        String admin = Http.cookie(http.signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD), SessionCookies.NAME);

        var list = Jsoup.parse(http.get("/editor/accounts", "Cookie", admin).body());

        assertThat(list.select("tr[data-username=omar] .account-source").text()).isEqualTo("Hospital directory");
        assertThat(list.select("tr[data-username=omar] .account-roles").text()).isEqualTo("Author");
        assertThat(list.select("tr[data-username=omar] .account-username a"))
                .as("nothing to edit")
                .isEmpty();
        assertThat(list.select("tr[data-username=ravi] .account-source").text()).isEqualTo("Hospital single sign-on");
        assertThat(list.select("tr[data-username=" + Deployments.ADMIN + "] .account-username a"))
                .as("Attune's own account is edited here")
                .hasSize(1);
        HttpResponse<String> read = http.get(
                "/api/v1/users/omar", "Authorization", Http.basic(Deployments.ADMIN, Deployments.ADMIN_PASSWORD));
        assertThat(read.body()).contains("\"source\":\"directory\"", "\"editable\":false");
        HttpResponse<String> disable = http.submit(
                "PATCH",
                "/api/v1/users/omar",
                "{\"disabled\":true}",
                "Content-Type",
                "application/json",
                "Authorization",
                Http.basic(Deployments.ADMIN, Deployments.ADMIN_PASSWORD));
        assertThat(disable.statusCode()).isEqualTo(409);
        assertThat(disable.body()).contains("directory or single sign-on");
        var own = Jsoup.parse(http.get("/editor/me", "Cookie", Http.cookie(omar, SessionCookies.NAME))
                .body());
        assertThat(own.select(".password-form, .display-name-form"))
                .as("the directory manages them")
                .isEmpty();
        assertThat(own.select(".own-account .notice").text()).contains("managed there");
    }

    /** Signs in through the hospital's provider as a browser does; the answer is the callback's. */
    private HttpResponse<String> signOn(String user, String password) {
        HttpResponse<String> start = http.get("/login/oidc?next=%2Feditor");
        assertThat(start.statusCode()).isEqualTo(302);
        String stateCookie = Http.cookie(start, HospitalSignOnServlet.STATE_COOKIE);
        String callback =
                approveAtProvider(start.headers().firstValue("Location").orElseThrow(), user);
        return http.get(callback, "Cookie", stateCookie);
    }

    /** The provider's sign-in form filled in and sent: the address it sends the browser back to. */
    private String approveAtProvider(String authorization, String user) {
        HttpResponse<String> signedIn =
                providerForm(authorization, "username", user, "password", HospitalIdentityProvider.PASSWORD);
        assertThat(signedIn.statusCode()).as("the provider's answer").isEqualTo(302);
        return signedIn.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> providerForm(String authorization, String... fields) {
        HttpResponse<String> page = http.get(authorization);
        assertThat(page.statusCode()).as("the provider's sign-in form").isEqualTo(200);
        var form = Jsoup.parse(page.body(), authorization).selectFirst("form");
        java.util.List<String> values = new java.util.ArrayList<>();
        form.select("input[type=hidden]").forEach(input -> {
            values.add(input.attr("name"));
            values.add(input.attr("value"));
        });
        values.addAll(java.util.List.of(fields));
        return http.submit(
                "POST",
                form.absUrl("action"),
                Http.form(values.toArray(String[]::new)),
                "Content-Type",
                "application/x-www-form-urlencoded");
    }

    private static String article(String slug) {
        return """
                ---
                slug: %s
                title: Can a directory author write?
                references:
                  - number: 1
                    type: other
                    title: A source
                    source: A publisher
                    year: 2024
                ---
                Yes, through the mapped group. [1]

                ## Why

                - **Mapping:** The hospital maps clinical-authors to author. [1]
                """.formatted(slug);
    }

    private HttpResponse<String> move(String user, String slug, String to) {
        return post(user, "/api/v1/articles/" + slug + "/transitions", "{\"to\":\"" + to + "\"}", "application/json");
    }

    private HttpResponse<String> post(String user, String path, String body, String type) {
        return http.submit(
                "POST",
                path,
                body,
                "Content-Type",
                type,
                "Authorization",
                Http.basic(user, HospitalDirectory.PASSWORD));
    }

    /** The answer refuses the sign-in with this status and an alert saying so, and starts no editor session. */
    private static void assertSignOnRefused(HttpResponse<String> response, int status, String alert) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(Jsoup.parse(response.body()).select("[role=alert]").text()).contains(alert);
        assertNoSessionStarted(response);
    }

    /** The answer starts no editor session. */
    private static void assertNoSessionStarted(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(SessionCookies.NAME + "="));
    }
}
