package org.attune.web.reader;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
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
 * each feature names (the changed articles, the home page, the glossary) in every audience, and, once the changes
 * pause, what they are made from (the search index). The first reader after a publication then gets a page already
 * rendered, not one rendered for them. A reader who asks while a page is being rendered ahead waits for that
 * rendering rather than starting another. Changes announced while a run renders are rendered by that run once it is
 * done, together: a burst of publications costs a few runs, not one per change. A page that fails to render ahead is
 * counted ({@code attune_pages_render_ahead_failed_total}) and logged; the reader who asks renders it. Switched off by
 * {@code attune.page-cache.render-ahead=false}.
 */
@ApplicationScoped
public class RenderAhead {

    private static final Logger LOG = Logger.getLogger(RenderAhead.class.getName());

    /** How long no change must come before the search index is built ahead. */
    static final Duration QUIET = Duration.ofMillis(500);

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

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
    private ScheduledFuture<?> preparing;

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
            if (preparing != null) {
                preparing.cancel(false); // prepared once this change's pages are rendered and the changes pause
            }
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
     * per change queued behind the others. What pages are made from (the search index) is prepared once the changes
     * pause ({@link #prepareWhenQuiet}), not after every run of a burst.
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
                renderPages(slugs);
                if (nothingWaits()) {
                    prepareWhenQuiet();
                }
            } catch (RuntimeException e) {
                metrics.renderAheadFailed();
                LOG.log(Level.WARNING, "Could not render pages ahead", e);
            }
        }
    }

    private synchronized boolean nothingWaits() {
        return changed.isEmpty() && !everything;
    }

    /**
     * Prepares what pages are made from once no change has come for {@link #QUIET}: a burst of publications (a
     * script publishing many articles) builds the search index once, after the burst, not once per change while the
     * next changes are being made. A reader who searches before gets the index built for their search.
     */
    private synchronized void prepareWhenQuiet() {
        if (preparing != null) {
            preparing.cancel(false);
        }
        try {
            preparing = scheduler.schedule(this::prepare, QUIET.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.fine(() -> "Not prepared ahead: " + e.getMessage());
        }
    }

    private void renderPages(List<String> changedSlugs) {
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
    }

    private void prepare() {
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
