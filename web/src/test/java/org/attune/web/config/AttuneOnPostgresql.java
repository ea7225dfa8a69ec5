package org.attune.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
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
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
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
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(
                                                (ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(column("SELECT username FROM account ORDER BY username")).containsExactly("dr.okoye", ADMIN);
        assertThat(column("SELECT subject FROM audit_event WHERE actor = '" + ADMIN + "'"))
                .contains("dr.okoye");
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
