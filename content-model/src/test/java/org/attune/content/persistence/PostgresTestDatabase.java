package org.attune.content.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A fresh database on a real PostgreSQL ({@link EmbeddedPostgresql}): one server per test JVM, started on first use
 * and stopped when the JVM exits; one database per test, created empty and dropped when closed.
 */
final class PostgresTestDatabase implements TestDatabase {

    private static final AtomicInteger CREATED = new AtomicInteger();
    private static EmbeddedPostgres server;

    private final String name = "attune_test_" + CREATED.incrementAndGet();

    PostgresTestDatabase() {
        execute("CREATE DATABASE " + name);
    }

    @Override
    public String url() {
        return server().getJdbcUrl("postgres", name);
    }

    @Override
    public String user() {
        return "postgres";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public void close() {
        execute("DROP DATABASE " + name + " WITH (FORCE)");
    }

    private static void execute(String sql) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            server = EmbeddedPostgresql.start();
        }
        return server;
    }
}
