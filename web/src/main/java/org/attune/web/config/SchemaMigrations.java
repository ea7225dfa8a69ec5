package org.attune.web.config;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Attune's versioned schema migrations, one series under {@code db/migration} on the class path: the article
 * schema's and the revisions' from the content model (V1, V3 to V6) and the web application's own (V2: accounts,
 * audit log). Portable SQL,
 * run unchanged on H2 and PostgreSQL.
 */
final class SchemaMigrations {

    private SchemaMigrations() {}

    /** Brings the database's schema up to the latest version; migrations already applied are not run again. */
    static MigrateResult apply(DataSource dataSource) {
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
