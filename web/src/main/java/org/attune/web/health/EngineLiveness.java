package org.attune.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.attune.personalization.rewrite.ArticleRewriter;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the personalization engine is built and rewrites: what every page needs besides the database (which
 * readiness checks; a database outage makes Attune not ready, never dead, so it is not restarted for it).
 */
@Liveness
@ApplicationScoped
public class EngineLiveness implements HealthCheck {

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
