package org.attune.web.reader;

import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import org.attune.web.content.ContentMoved;
import org.attune.web.content.ContentVersion;
import org.attune.web.view.RenderedPage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reader pages kept rendered, per page, audience and content version: rendered once, then served as bytes until the
 * articles change (the key carries the content version, so a page rendered before a change is never served after
 * it). After each change the pages it made stale are dropped at once — the changed articles' pages and the pages
 * built from all the articles (home, glossary, search), no other article's — so they do not take the room of pages
 * still served. Bounded by the bytes held ({@code attune.page-cache.megabytes}); least recently used pages go first.
 */
@ApplicationScoped
public class RenderedPages {

    @Inject
    @ConfigProperty(name = "attune.page-cache.megabytes", defaultValue = "64")
    int megabytes;

    @Inject
    ContentVersion content;

    private Cache<PageKey, RenderedPage> pages;

    @PostConstruct
    void create() {
        pages = Caffeine.newBuilder()
                .maximumWeight(Math.max(1, megabytes) * 1024L * 1024L)
                .weigher((PageKey key, RenderedPage page) -> page.weight())
                .recordStats()
                .build();
    }

    /** The page for this key, rendered now if it is not kept; null (and nothing kept) when there is no page. */
    RenderedPage get(PageKey key, Supplier<RenderedPage> render) {
        return pages.get(key, k -> render.get());
    }

    /** Drops the pages the change made stale. */
    void contentMoved(@Observes ContentMoved moved) {
        pages.asMap().keySet().removeIf(key -> key.staleAt(content));
    }

    /** Hits, misses and evictions since start. */
    public CacheStats stats() {
        return pages.stats();
    }
}
