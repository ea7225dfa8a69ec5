package org.attune.web.health;

import jakarta.inject.Inject;

import org.attune.personalization.rewrite.ArticleRewriter;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * The personalization engine is built, its glossaries loaded: what every page needs besides the database. It is
 * part of liveness ({@link EngineLiveness}: without it the process is of no use) and of readiness
 * ({@link EngineReadiness}, beside the database); a database outage makes Attune not ready, never dead, so it is
 * not restarted for one. (One class per kind: Payara registers a check under one of the two annotations only.)
 */
abstract class PersonalizationEngineCheck implements HealthCheck {

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
