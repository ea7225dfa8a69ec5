package org.attune.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.attune.personalization.rewrite.ArticleRewriter;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The personalization engine is built, its glossaries loaded: what every page needs besides the database. Part of
 * liveness (without it the process is of no use) and of readiness (with the database check); a database outage
 * makes Attune not ready, never dead, so it is not restarted for one.
 */
@Liveness
@Readiness
@ApplicationScoped
public class PersonalizationEngineCheck implements HealthCheck {

    @Inject
    ArticleRewriter rewriter;

    @Override
    public HealthCheckResponse call() {
        int terms = rewriter.glossary().size();
        return HealthCheckResponse.named("personalization-engine")
                .status(terms > 0)
                .withData("glossaryEntries", terms)
                .build();
    }
}
