package org.attune.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.attune.web.Deployments;
import org.attune.web.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR on Payara Micro against a real PostgreSQL, configured as a hospital configures its own server: the
 * schema is migrated there at start-up, the demo articles are imported into it once, and readers' pages come from it.
 */
@ExtendWith({PostgresqlForPayara.class, ArquillianExtension.class}) // PostgreSQL first: see PostgresqlForPayara
class PostgresIT {

    private static final String SLUG = "physical-therapy-for-chronic-back-pain";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attuneWar();
    }

    @Test
    void everyMigrationRanOnPostgresql() throws SQLException {
        assertThat(column("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank"))
                .containsExactly("1", "2", "3");
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
                .as("listed once on the home page").hasSize(1);
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = PostgresqlForPayara.database().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
