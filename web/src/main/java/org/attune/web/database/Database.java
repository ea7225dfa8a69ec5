package org.attune.web.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Attune's data source: its own, or a hospital's JDBC resource in Payara.
 *
 * <p>Its own ({@link #OWN_DATA_SOURCE}) defaults to an embedded H2 file under {@code ./data}; a hospital points it
 * at its own database with {@code ATTUNE_DATASOURCE_URL} (or {@code -Dattune.datasource.url=...}), user, password
 * and the JDBC data source class likewise (PostgreSQL: {@code org.postgresql.ds.PGSimpleDataSource}, driver
 * bundled). Or a hospital that manages its connection pools in Payara names its own JDBC resource with
 * {@code ATTUNE_DATASOURCE_JNDI} (e.g. {@code jdbc/attune}), and every part of Attune uses that instead.
 *
 * <p>These values are read from the environment or system properties only: the data source is created, and
 * {@code persistence.xml} read, before the application's own configuration file is visible.
 */
@DataSourceDefinition(
        name = Database.OWN_DATA_SOURCE,
        className = "${MPCONFIG=attune.datasource.class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=attune.datasource.url:jdbc:h2:file:./data/attune;DB_CLOSE_ON_EXIT=FALSE}",
        user = "${MPCONFIG=attune.datasource.user:sa}",
        password = "${MPCONFIG=attune.datasource.password:}")
@ApplicationScoped
public class Database {

    /** The data source Attune defines itself, from the {@code attune.datasource.*} keys. */
    public static final String OWN_DATA_SOURCE = "java:app/jdbc/attune";

    /** The key that names a hospital's own JDBC resource instead. */
    public static final String JNDI_KEY = "attune.datasource.jndi";

    /**
     * The name every part of Attune looks its data source up by: the hospital's JDBC resource when
     * {@code attune.datasource.jndi} names one, else {@link #OWN_DATA_SOURCE}. Payara resolves the expression in
     * every JNDI lookup ({@code @Resource(lookup = ...)}); {@code persistence.xml} says the same.
     */
    public static final String JNDI_NAME = "${MPCONFIG=" + JNDI_KEY + ":" + OWN_DATA_SOURCE + "}";
}
