package org.attune.web.content;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * The version of what readers are shown: a number that moves on every committed {@link ArticlesChanged}. What is
 * built from the articles is kept with the version it was built from, and is stale once the version has moved.
 * What is built from one article alone (its pages, its search documents, its glossary terms: {@link PerArticle}) has
 * that article's version ({@link #ofArticle}), which moves only when that article changes, or when a change does not
 * say which articles it touched. Changes made on another instance carry the articles they touched too.
 *
 * <p>Each move is announced ({@link ContentMoved}), after the version has moved, so that what is built from the
 * new content can be built before anyone asks.
 */
@ApplicationScoped
public class ContentVersion {

    // written under the lock (rarely), read without it on every reader's request
    private volatile long version;
    private volatile long allArticles;
    private final Map<String, Long> articles = new ConcurrentHashMap<>();

    @Inject
    Event<ContentMoved> moved;

    public long current() {
        return version;
    }

    /** The version of what is built from this article alone. */
    public long ofArticle(String slug) {
        return Math.max(allArticles, articles.getOrDefault(slug, 0L));
    }

    void articlesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticlesChanged change) {
        move(change.slugs());
    }

    /** Another instance of the cluster changed these articles (in the shared database): what was built is stale. */
    void changedElsewhere(List<String> slugs) {
        move(slugs);
    }

    private void move(List<String> slugs) {
        synchronized (this) {
            long next = version + 1;
            if (slugs.isEmpty()) {
                allArticles = next;
            }
            for (String slug : slugs) {
                articles.put(slug, next);
            }
            version = next;
        }
        moved.fire(new ContentMoved(slugs));
    }
}
