package org.attune.web.config;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.attune.web.article.DemoContent;
import org.flywaydb.core.Flyway;

/**
 * Runs once when the application starts, before it serves requests: brings the schema up to date with the
 * versioned migrations, then imports the demo articles that are not there yet.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupTasks {

    private static final Logger LOG = Logger.getLogger(StartupTasks.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private DemoContent demoContent;

    @PostConstruct
    void start() {
        var result = Flyway.configure(StartupTasks.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0 ? "Database schema is up to date"
                : "Database schema migrated to version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
        demoContent.importMissing();
    }
}
