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

import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.web.account.FirstAdmin;
import org.attune.web.database.Database;
import org.attune.web.publishing.EditorialDesk;

/**
 * Runs once when the application starts, before it serves requests: brings the schema up to date with the
 * versioned migrations, imports the demo articles that are not there yet, creates the first administrator when
 * configured and no account exists, and builds the personalization engine.
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

    @Inject
    private ArticleRewriter rewriter;

    @Inject
    private FirstAdmin firstAdmin;

    @Inject
    private EditorialDesk desk;

    private volatile String schemaVersion;

    @PostConstruct
    void start() {
        var result = SchemaMigrations.apply(dataSource);
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> result.migrationsExecuted == 0
                ? "Database schema is up to date"
                : "Database schema migrated to version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                        + " migrations applied)");
        int adopted = desk.adoptArticlesWithoutRevisions();
        if (adopted > 0) {
            LOG.info(() -> adopted + " article(s) stored before the editorial workflow now have their first revision");
        }
        demoContent.importMissing();
        firstAdmin.createIfNoAccount();
        // Build the personalization engine now (glossaries loaded, hospital file checked), not on the first request.
        LOG.info(() -> "Personalization engine ready: " + rewriter.glossary().size() + " glossary entries");
    }

    /** The schema version the migrations brought the database to at start-up; null until they have run. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
