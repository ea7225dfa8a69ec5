package org.attune.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Attune's data source. Defaults to an embedded H2 file under {@code ./data}; a hospital points it at its own
 * database with {@code ATTUNE_DATASOURCE_URL} (or {@code -Dattune.datasource.url=...}), user, password and the
 * JDBC data source class likewise (PostgreSQL: {@code org.postgresql.ds.PGSimpleDataSource}, driver bundled).
 * These values are read from the environment or system properties: the data source is created before the
 * application's own configuration file is visible.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=attune.datasource.class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=attune.datasource.url:jdbc:h2:file:./data/attune;DB_CLOSE_ON_EXIT=FALSE}",
        user = "${MPCONFIG=attune.datasource.user:sa}",
        password = "${MPCONFIG=attune.datasource.password:}")
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/attune";
}
