package org.attune.web.config;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a real PostgreSQL before the test class's Payara Micro and points Attune at it the way a hospital does,
 * with the data source keys ({@code attune.datasource.class}, {@code .url}, {@code .user}) as system properties of
 * the Payara JVM; stops it after the class.
 *
 * <p>Declare it before the {@code ArquillianExtension}: Arquillian reads the Payara command line options
 * ({@code payara.cmdOptions}) once, when it starts in the test JVM, and each integration test class has a JVM of
 * its own (failsafe's {@code reuseForks=false}).
 */
final class PostgresqlForPayara implements BeforeAllCallback, AfterAllCallback {

    private static final String PAYARA_OPTIONS = "payara.cmdOptions";

    private static EmbeddedPostgres server;

    /** The database Attune was given, to look at what it stored. */
    static DataSource database() {
        return server.getPostgresDatabase();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = EmbeddedPostgresql.start();
        // Later -D options win over the build's defaults (the in-memory H2 database of the other tests).
        System.setProperty(PAYARA_OPTIONS, System.getProperty(PAYARA_OPTIONS, "")
                + " -Dattune.datasource.class=org.postgresql.ds.PGSimpleDataSource"
                + " -Dattune.datasource.url=jdbc:postgresql://localhost:" + server.getPort() + "/postgres"
                + " -Dattune.datasource.user=postgres");
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.close();
    }
}
