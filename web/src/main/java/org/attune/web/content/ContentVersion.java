package org.attune.web.content;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * The version of what readers are shown: a number that moves on every committed {@link ArticlesChanged}. What is
 * built from the articles is kept with the version it was built from, and is stale once the version has moved.
 */
@ApplicationScoped
public class ContentVersion {

    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    void articlesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlesChanged change) {
        version.incrementAndGet();
    }

    /** Another instance of the cluster changed the articles (in the shared database): what was built is stale. */
    void changedElsewhere() {
        version.incrementAndGet();
    }
}
