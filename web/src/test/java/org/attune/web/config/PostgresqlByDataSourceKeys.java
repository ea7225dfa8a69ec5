package org.attune.web.config;

/**
 * Attune's own data source pointed at the PostgreSQL with the data source keys ({@code attune.datasource.class},
 * {@code .url}, {@code .user}), as system properties of the Payara JVM.
 */
final class PostgresqlByDataSourceKeys extends PostgresqlBeforePayara {

    @Override
    void pointPayaraAt(int port) {
        addPayaraOptions(
                "payara.cmdOptions",
                "-Dattune.datasource.class=org.postgresql.ds.PGSimpleDataSource"
                        + " -Dattune.datasource.url=jdbc:postgresql://localhost:" + port + "/" + DATABASE
                        + " -Dattune.datasource.user=postgres");
    }
}
