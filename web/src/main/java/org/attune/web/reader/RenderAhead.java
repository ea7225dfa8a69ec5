package org.attune.web.reader;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.attune.web.audience.AudienceResolver;
import org.attune.web.audience.ReaderAudience;
import org.attune.web.content.ContentMoved;
import org.attune.web.view.PageAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Renders readers' pages before anyone asks for them, once the content has changed: in the background, the pages
 * each feature names (the changed articles, the home page, the glossary) in every audience, and what they are made
 * from (the search index). The first reader after a publication then gets a page already rendered, not one rendered
 * for them. A reader who asks while a page is being rendered ahead waits for that rendering rather than starting
 * another. Changes announced while a run renders are rendered by that run once it is done, together: a burst of
 * publications costs a few runs, not one per change. A page that fails to render ahead is counted
 * ({@code attune_pages_render_ahead_failed_total}) and logged; the reader who asks renders it. Switched off by
 * {@code attune.page-cache.render-ahead=false}.
 */
@ApplicationScoped
public class RenderAhead {

    private static final Logger LOG = Logger.getLogger(RenderAhead.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    AudienceResolver audiences;

    @Inject
    @ConfigProperty(name = "attune.page-cache.render-ahead", defaultValue = "true")
    boolean enabled;

    @Inject
    PageMetrics metrics;

    private final List<ReaderPageServlet> features = new CopyOnWriteArrayList<>();

    // guarded by this: the articles changed since the running render took its list, and whether one runs
    private final Set<String> changed = new LinkedHashSet<>();
    private boolean everything;
    private boolean running;

    void register(ReaderPageServlet feature) {
        features.add(feature);
    }

    void unregister(ReaderPageServlet feature) {
        features.remove(feature);
    }

    void contentMoved(@Observes ContentMoved moved) {
        if (!enabled || features.isEmpty()) {
            return;
        }
        synchronized (this) {
            if (moved.slugs().isEmpty()) {
                everything = true;
            }
            changed.addAll(moved.slugs());
            if (running) {
                return; // the run under way renders these too once it is done with the earlier ones
            }
            running = true;
        }
        try {
            executor.execute(this::renderWhileChanged);
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                running = false;
                changed.clear();
                everything = false;
            }
            LOG.fine(() -> "Pages not rendered ahead: " + e.getMessage());
        }
    }

    /**
     * Renders the pages of the changes announced so far, then of those announced meanwhile, until none is left: a
     * burst of publications is rendered in a few runs, the pages of the last state of each article, never one run
     * per change queued behind the others.
     */
    private void renderWhileChanged() {
        while (true) {
            List<String> slugs;
            synchronized (this) {
                if (changed.isEmpty() && !everything) {
                    running = false;
                    return;
                }
                slugs = everything ? List.of() : List.copyOf(changed);
                changed.clear();
                everything = false;
            }
            try {
                renderAfter(slugs);
            } catch (RuntimeException e) {
                metrics.renderAheadFailed();
                LOG.log(Level.WARNING, "Could not render pages ahead", e);
            }
        }
    }

    private void renderAfter(List<String> changedSlugs) {
        List<ReaderAudience> readers = audiences.offered().stream()
                .map(profile -> new ReaderAudience(profile, audiences.offered(), false, false))
                .toList();
        for (ReaderPageServlet feature : features) {
            String contextPath = feature.getServletContext().getContextPath();
            for (String path : feature.pagesToRenderAhead(changedSlugs)) {
                for (ReaderAudience reader : readers) {
                    try {
                        feature.renderAhead(PageAddress.of(contextPath, path), reader);
                    } catch (RuntimeException e) {
                        // the reader who asks renders it, and sees the error page if it fails again
                        metrics.renderAheadFailed();
                        LOG.log(Level.WARNING, "Could not render " + path + " ahead for " + reader.id(), e);
                    }
                }
            }
        }
        for (ReaderPageServlet feature : features) {
            try {
                feature.prepareAhead();
            } catch (RuntimeException e) {
                metrics.renderAheadFailed();
                LOG.log(Level.WARNING, "Could not prepare " + feature.getServletName() + " ahead", e);
            }
        }
    }
}
