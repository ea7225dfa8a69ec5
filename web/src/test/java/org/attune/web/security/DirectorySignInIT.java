package org.attune.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
 * A hospital signs its staff in with its own directory (LDAP, configured by {@code attune.ldap.*}), its groups
 * mapped to Attune's roles, while Attune's own accounts keep working.
 */
@ExtendWith({HospitalDirectory.class, ArquillianExtension.class})
class DirectorySignInIT extends DeployedAttune {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withFirstAdmin();
    }

    @Test
    void directoryStaffSignInWithTheRolesTheirGroupsAreMappedTo() {
        String article = """
                ---
                slug: directory-authored
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
                """;

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
    void aWrongDirectoryPasswordIsRefusedAndAttunesOwnAccountsStillSignIn() {
        assertThat(http.get("/api/v1/articles/x/workflow", "Authorization", basic("omar", "wrong password"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(http.get(
                                "/api/v1/articles/physical-therapy-for-chronic-back-pain/workflow",
                                "Authorization",
                                basic(Deployments.ADMIN, Deployments.ADMIN_PASSWORD))
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

    private HttpResponse<String> post(String user, String path, String body, String type) {
        return http.submit(
                "POST", path, body, "Content-Type", type, "Authorization", basic(user, HospitalDirectory.PASSWORD));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
