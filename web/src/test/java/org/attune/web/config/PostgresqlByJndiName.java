package org.attune.web.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PostgreSQL as the hospital's own JDBC resource in Payara, {@value #RESOURCE}, which Attune is told to use with
 * {@code attune.datasource.jndi}: the resource is created by asadmin commands when Payara Micro has booted
 * ({@code --postbootcommandfile}), with the PostgreSQL driver added to Payara's class path ({@code --addLibs}), as a
 * hospital's administrator would.
 */
final class PostgresqlByJndiName extends PostgresqlBeforePayara {

    static final String RESOURCE = "jdbc/hospital";

    @Override
    void pointPayaraAt(int port) {
        // Payara's pools want a password; the test server trusts every local connection and ignores it.
        String commands = "create-jdbc-connection-pool --restype javax.sql.DataSource"
                + " --datasourceclassname org.postgresql.ds.PGSimpleDataSource"
                + " --property serverName=localhost:portNumber=" + port + ":databaseName=" + DATABASE
                + ":user=postgres:password=unused hospital-pool\n"
                + "create-jdbc-resource --connectionpoolid hospital-pool " + RESOURCE + "\n";
        addPayaraOptions(
                "payara.extraMicroOptions",
                "--postbootcommandfile " + file("hospital-resource", commands) + " --addLibs " + postgresqlDriver());
        addPayaraOptions("payara.cmdOptions", "-Dattune.datasource.jndi=" + RESOURCE);
    }

    private static Path file(String name, String content) {
        try {
            Path file = Files.createTempFile(name, ".asadmin");
            file.toFile().deleteOnExit();
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path postgresqlDriver() {
        try {
            return Path.of(org.postgresql.Driver.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
