package org.attune.web.config;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.attune.content.persistence.EmbeddedPostgresql;
import org.attune.web.PayaraOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real PostgreSQL before the test class's Payara Micro and points Attune at it the way a hospital does
 * (each subclass one way, with options for the Payara JVM); stops it after the class.
 *
 * <p>Declare it before the {@code ArquillianExtension}: Arquillian reads the Payara options
 * ({@code payara.cmdOptions}, {@code payara.extraMicroOptions}) once, when it starts in the test JVM, and each
 * integration test class has a JVM of its own (failsafe's {@code reuseForks=false}).
 */
abstract class PostgresqlBeforePayara implements BeforeAllCallback, AfterAllCallback {

    /** The database Attune is given: {@code postgres}, user {@code postgres}, no password. */
    static final String DATABASE = "postgres";

    private static EmbeddedPostgres server;

    /** The database Attune was given, to look at what it stored. */
    static DataSource database() {
        return server.getPostgresDatabase();
    }

    /** Tells Payara, through {@link #addPayaraOptions}, how to reach the server on this port. */
    abstract void pointPayaraAt(int port);

    @Override
    public void beforeAll(ExtensionContext context) {
        server = EmbeddedPostgresql.start();
        pointPayaraAt(server.getPort());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stopDatabase();
    }

    /** Stops the server, as an outage would (once; later calls do nothing). */
    static synchronized void stopDatabase() throws java.io.IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    static void addPayaraOptions(String property, String options) {
        PayaraOptions.add(property, options);
    }
}
