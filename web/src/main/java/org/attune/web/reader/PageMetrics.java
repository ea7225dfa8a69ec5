package org.attune.web.reader;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * What operations watch about readers' pages (MicroProfile Metrics, served by Payara at {@code /metrics?scope=application}):
 * {@code attune_pages_served_total} by {@code cache} ({@code hit}: sent from the rendered pages; {@code miss}:
 * rendered for this request), {@code attune_pages_rendered_ahead_total}, pages rendered before anyone asked (after a
 * publication), {@code attune_pages_render_ahead_failed_total}, pages that failed to render ahead (the reader who
 * asks renders them), and {@code attune_page_render_seconds}, the time a page took to render.
 */
@ApplicationScoped
public class PageMetrics {

    private static final Tag HIT = new Tag("cache", "hit");
    private static final Tag MISS = new Tag("cache", "miss");

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    /** Looked up once: every reader's request counts, so it must not look its metric up again. */
    private Counter hits;

    private Counter misses;
    private Counter renderedAhead;
    private Counter renderAheadFailed;
    private Timer renderTime;

    @PostConstruct
    void register() {
        hits = registry.counter("attune.pages.served", HIT);
        misses = registry.counter("attune.pages.served", MISS);
        renderedAhead = registry.counter("attune.pages.rendered.ahead");
        renderAheadFailed = registry.counter("attune.pages.render.ahead.failed");
        renderTime = registry.timer("attune.page.render");
    }

    void served(boolean fromCache) {
        (fromCache ? hits : misses).inc();
    }

    void renderedAhead() {
        renderedAhead.inc();
    }

    void renderAheadFailed() {
        renderAheadFailed.inc();
    }

    void rendered(Duration took) {
        renderTime.update(took);
    }
}
