package org.attune.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.attune.content.persistence.EmbeddedPostgresql;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every schema migration Attune ships, the content model's and the web application's, as the application runs them
 * at start-up, on each database it supports: H2 and a real PostgreSQL.
 */
class SchemaMigrationsTest {

    private static final List<String> TABLES = List.of(
            "article",
            "article_block",
            "article_section",
            "block_override",
            "article_reference",
            "article_review_event",
            "article_revision",
            "revision_editor",
            "revision_event",
            "revision_sign_off",
            "article_code",
            "article_tag",
            "account",
            "account_role",
            "audit_event",
            "sign_on_subject",
            "api_token",
            "hospital_account");

    @ParameterizedTest(name = "on {0}")
    @EnumSource(EmptyDatabase.class)
    void allMigrationsRunOnAnEmptyDatabaseAndOnlyOnce(EmptyDatabase database) throws Exception {
        database.check(SchemaMigrationsTest::assertAllMigrationsRunOnce);
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(EmptyDatabase.class)
    void accountsFromBeforeNormalUsernamesAreLowerCasedUnlessTheyHaveATwin(EmptyDatabase database) throws Exception {
        database.check(SchemaMigrationsTest::assertUsernamesLowerCasedUnlessTwinned);
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(EmptyDatabase.class)
    void accountsFromBeforeV9StaySignInAbleWithNoDisplayName(EmptyDatabase database) throws Exception {
        database.check(SchemaMigrationsTest::assertExistingAccountsEnabled);
    }

    /** A database Attune supports, empty and of the check's own while the check runs on it. */
    enum EmptyDatabase {
        H2 {
            @Override
            void check(DatabaseCheck check) throws SQLException {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
                h2.setUser("sa");
                check.on(h2);
            }
        },
        POSTGRESQL {
            @Override
            void check(DatabaseCheck check) throws Exception {
                try (EmbeddedPostgres postgres = EmbeddedPostgresql.start()) {
                    check.on(postgres.getPostgresDatabase());
                }
            }
        };

        abstract void check(DatabaseCheck check) throws Exception;
    }

    interface DatabaseCheck {
        void on(DataSource database) throws SQLException;
    }

    private static void assertUsernamesLowerCasedUnlessTwinned(DataSource database) throws SQLException {
        Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(database)
                .locations("classpath:db/migration")
                .target("6")
                .load()
                .migrate();
        try (Connection connection = database.getConnection();
                Statement insert = connection.createStatement()) {
            for (String username : List.of("Ana", "BEN", "ben", "Carl", "CARL", "dr.okoye")) {
                insert.executeUpdate("INSERT INTO account (username, password_hash, created_at) VALUES ('" + username
                        + "', 'hash', CURRENT_TIMESTAMP)");
            }
        }

        SchemaMigrations.apply(database);

        List<String> usernames = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement select = connection.createStatement();
                ResultSet found = select.executeQuery("SELECT username FROM account ORDER BY id")) {
            while (found.next()) {
                usernames.add(found.getString(1));
            }
        }
        assertThat(usernames)
                .as("a twin in another case keeps its name for an administrator to decide")
                .containsExactly("ana", "BEN", "ben", "Carl", "CARL", "dr.okoye");
    }

    private static void assertExistingAccountsEnabled(DataSource database) throws SQLException {
        Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(database)
                .locations("classpath:db/migration")
                .target("8")
                .load()
                .migrate();
        try (Connection connection = database.getConnection();
                Statement insert = connection.createStatement()) {
            insert.executeUpdate("INSERT INTO account (username, password_hash, created_at)"
                    + " VALUES ('rui.reviewer', 'hash', CURRENT_TIMESTAMP)");
        }

        SchemaMigrations.apply(database);

        try (Connection connection = database.getConnection();
                Statement select = connection.createStatement();
                ResultSet found = select.executeQuery("SELECT display_name, disabled, must_change_password,"
                        + " last_sign_in_at FROM account WHERE username = 'rui.reviewer'")) {
            assertThat(found.next()).isTrue();
            assertThat(found.getString(1))
                    .as("no display name until one is given")
                    .isNull();
            assertThat(found.getBoolean(2)).as("not disabled").isFalse();
            assertThat(found.getBoolean(3)).as("keeps the password").isFalse();
            assertThat(found.getTimestamp(4)).isNull();
        }
    }

    private static void assertAllMigrationsRunOnce(DataSource database) throws SQLException {
        MigrateResult first = SchemaMigrations.apply(database);
        MigrateResult again = SchemaMigrations.apply(database);

        assertThat(first.migrations)
                .extracting(migration -> migration.version)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(first.targetSchemaVersion).isEqualTo("9");
        assertThat(again.migrationsExecuted).as("a restart migrates nothing").isZero();
        assertThat(tables(database)).containsAll(TABLES);
    }

    private static List<String> tables(DataSource database) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.getConnection();
                ResultSet found =
                        connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }
}
