package org.attune.web.view;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * What operations watch about readers' pages (MicroProfile Metrics, served by Payara at {@code /metrics?scope=application}):
 * {@code attune_pages_served_total} by {@code cache} ({@code hit}: sent from the rendered pages; {@code miss}:
 * rendered for this request), and {@code attune_page_render_seconds}, the time a page took to render.
 */
@ApplicationScoped
public class PageMetrics {

    private static final Tag HIT = new Tag("cache", "hit");
    private static final Tag MISS = new Tag("cache", "miss");

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    void served(boolean fromCache) {
        registry.counter("attune.pages.served", fromCache ? HIT : MISS).inc();
    }

    void rendered(Duration took) {
        registry.timer("attune.page.render").update(took);
    }
}
