package org.attune.web.health;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.attune.web.config.StartupTasks;
import org.attune.web.database.Database;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers within {@value #TIMEOUT_SECONDS} seconds and the migrations have brought its
 * schema up to date at start-up (the version is reported): without it no page can be built once
 * the caches are cold, so a load balancer should send readers elsewhere. The answer names the database product,
 * never its address or credentials.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    StartupTasks startup;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                String schema = startup.schemaVersion();
                return HealthCheckResponse.named("database")
                        .status(schema != null)
                        .withData("product", connection.getMetaData().getDatabaseProductName())
                        .withData("schemaVersion", schema == null ? "migrations not applied" : schema)
                        .build();
            }
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("reason", "the database did not answer in " + TIMEOUT_SECONDS + " s")
                    .build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("reason", "no connection to the database")
                    .build();
        }
    }
}
