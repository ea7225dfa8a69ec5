package org.attune.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.attune.web.Deployments;
import org.attune.web.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The real WAR on Payara Micro against a real PostgreSQL, as a hospital runs it on its own server: the schema is
 * migrated there at start-up, the demo articles are imported into it once, readers' pages come from it, and editors'
 * accounts, sign-ins and the audit log live in it. Each subclass points Attune at the server one way, with its
 * {@link PostgresqlBeforePayara} declared before the {@code ArquillianExtension}.
 */
abstract class AttuneOnPostgresql {

    private static final String SLUG = "physical-therapy-for-chronic-back-pain";
    private static final String ADMIN = Deployments.ADMIN;
    private static final String ADMIN_PASSWORD = Deployments.ADMIN_PASSWORD;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withFirstAdmin();
    }

    @Test
    void everyMigrationRanOnPostgresql() throws SQLException {
        assertThat(column("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank"))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    @Test
    void theDemoArticlesWereImportedIntoPostgresqlOnce() throws SQLException {
        assertThat(column("SELECT slug FROM article WHERE demo ORDER BY slug"))
                .containsExactly("heat-therapy-for-low-back-pain", SLUG);
    }

    @Test
    void readersGetTheDemoArticleFromPostgresql() {
        Http http = new Http(base);
        Document page = http.page("/articles/" + SLUG);

        assertThat(page.selectFirst("h1").text()).isNotBlank();
        assertThat(page.selectFirst(".notice--demo").text()).startsWith("Demonstration content:");
        assertThat(http.page("/").select(".article-card a[href$=/articles/" + SLUG + "]"))
                .as("listed once on the home page")
                .hasSize(1);
    }

    @Test
    void theAdministratorSignsInAndCreatesAnAccountInPostgresql() throws SQLException {
        HttpResponse<String> created = new Http(base)
                .submit(
                        "POST",
                        "/api/v1/users",
                        "{\"username\":\"dr.okoye\",\"password\":\"at least twelve characters\",\"roles\":[\"reviewer\"]}",
                        "Content-Type",
                        "application/json",
                        "Authorization",
                        Http.basic(ADMIN, ADMIN_PASSWORD));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(column("SELECT username FROM account ORDER BY username")).contains("dr.okoye", ADMIN);
        assertThat(column("SELECT subject FROM audit_event WHERE actor = '" + ADMIN + "'"))
                .contains("dr.okoye");
    }

    @Test
    void aTokenIsItsAccountWithTheRolesItHasNowAndOnlyItsHashIsStored() throws SQLException {
        Http http = new Http(base);
        String keeper = "token.keeper";
        assertThat(basic(
                                http,
                                "POST",
                                "/api/v1/users",
                                ADMIN,
                                ADMIN_PASSWORD,
                                "{\"username\":\"" + keeper
                                        + "\",\"password\":\"at least twelve characters\",\"roles\":[\"admin\",\"author\"]}")
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> made = basic(
                http, "POST", "/api/v1/users/me/tokens", keeper, "at least twelve characters", "{\"name\":\"sync\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String token = made.body().replaceAll(".*\"token\":\"(attune_[A-Za-z0-9_-]{43})\".*", "$1");
        String id = made.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        assertThat(column("SELECT token_hash FROM api_token WHERE id = " + id))
                .containsExactly(org.attune.web.account.TokenSecrets.hash(token));
        assertThat(column("SELECT action FROM audit_event WHERE actor = '" + keeper + "'"))
                .contains("TOKEN_CREATED");

        assertThat(bearer(http, "POST", "/api/v1/users", token, newAccount("by.token.one"))
                        .statusCode())
                .as("the admin role")
                .isEqualTo(201);
        assertThat(column("SELECT COUNT(*) FROM api_token WHERE id = " + id + " AND last_used_at IS NOT NULL"))
                .containsExactly("1");

        update("DELETE FROM account_role WHERE role = 'admin'"
                + " AND account_id = (SELECT id FROM account WHERE username = '" + keeper + "')");
        HttpResponse<String> withoutAdmin = bearer(http, "POST", "/api/v1/users", token, newAccount("by.token.two"));
        assertThat(withoutAdmin.statusCode())
                .as("the role taken away is gone at once")
                .isEqualTo(403);
        assertThat(bearer(http, "GET", "/api/v1/users/me/tokens", token, "").statusCode())
                .as("the author role stays")
                .isEqualTo(200);

        update("UPDATE api_token SET expires_at = TIMESTAMP '2000-01-01 00:00:00', created_at = TIMESTAMP"
                + " '1999-12-31 00:00:00' WHERE id = " + id);
        HttpResponse<String> expired = bearer(http, "GET", "/api/v1/users/me/tokens", token, "");
        assertThat(expired.statusCode()).as("expired").isEqualTo(401);
        assertThat(expired.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(basic(http, "GET", "/api/v1/users/me/tokens", keeper, "at least twelve characters", "")
                        .body())
                .contains("\"state\":\"expired\"");

        HttpResponse<String> second = basic(
                http, "POST", "/api/v1/users/me/tokens", keeper, "at least twelve characters", "{\"name\":\"two\"}");
        String other = second.body().replaceAll(".*\"token\":\"(attune_[A-Za-z0-9_-]{43})\".*", "$1");
        assertThat(bearer(http, "GET", "/api/v1/users/me/tokens", other, "").statusCode())
                .isEqualTo(200);
        update("DELETE FROM account_role WHERE account_id = (SELECT id FROM account WHERE username = '" + keeper
                + "')");
        assertThat(bearer(http, "GET", "/api/v1/users/me/tokens", other, "").statusCode())
                .as("an account without roles opens nothing")
                .isEqualTo(401);
    }

    @Test
    void anAdministratorChangesAnAccountInPostgresqlAndEachChangeIsAudited() throws SQLException {
        Http http = new Http(base);
        assertThat(basic(http, "POST", "/api/v1/users", ADMIN, ADMIN_PASSWORD, newAccount("dr.ruiz"))
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> changed = basic(
                http,
                "PATCH",
                "/api/v1/users/dr.ruiz",
                ADMIN,
                ADMIN_PASSWORD,
                "{\"displayName\":\"Dr. Ana Ruiz, MD\",\"roles\":[\"reviewer\"],\"disabled\":true}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(column("SELECT display_name || ' ' || disabled FROM account WHERE username = 'dr.ruiz'"))
                .containsExactly("Dr. Ana Ruiz, MD true");
        assertThat(column("SELECT role FROM account_role WHERE account_id = (SELECT id FROM account"
                        + " WHERE username = 'dr.ruiz')"))
                .containsExactly("reviewer");
        assertThat(column("SELECT action FROM audit_event WHERE subject = 'dr.ruiz' ORDER BY id"))
                .containsExactly(
                        "ACCOUNT_CREATED", "DISPLAY_NAME_CHANGED", "ACCOUNT_ROLES_CHANGED", "ACCOUNT_DISABLED");
        assertThat(basic(http, "GET", "/api/v1/users/me/tokens", "dr.ruiz", "at least twelve characters", "")
                        .statusCode())
                .as("disabled")
                .isEqualTo(401);
        assertThat(basic(http, "PATCH", "/api/v1/users/" + ADMIN, ADMIN, ADMIN_PASSWORD, "{\"disabled\":true}")
                        .statusCode())
                .as("one's own account")
                .isEqualTo(409);
        assertThat(basic(http, "GET", "/api/v1/users", ADMIN, ADMIN_PASSWORD, "")
                        .body())
                .contains("\"username\":\"dr.ruiz\",\"displayName\":\"Dr. Ana Ruiz, MD\"");
    }

    private static String newAccount(String username) {
        return "{\"username\":\"" + username + "\",\"password\":\"at least twelve characters\",\"roles\":[\"author\"]}";
    }

    private static HttpResponse<String> basic(
            Http http, String method, String path, String user, String password, String json) {
        return http.submit(
                method, path, json, "Content-Type", "application/json", "Authorization", Http.basic(user, password));
    }

    private static HttpResponse<String> bearer(Http http, String method, String path, String token, String json) {
        return http.submit(method, path, json, "Content-Type", "application/json", "Authorization", "Bearer " + token);
    }

    private static void update(String sql) throws SQLException {
        try (Connection connection = PostgresqlBeforePayara.database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = PostgresqlBeforePayara.database().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
