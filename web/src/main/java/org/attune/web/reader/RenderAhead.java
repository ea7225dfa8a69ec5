package org.attune.web.reader;

import java.util.List;
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
 * another. Switched off by {@code attune.page-cache.render-ahead=false}.
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

    private final List<ReaderPageServlet> features = new CopyOnWriteArrayList<>();

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
        try {
            executor.execute(() -> renderAfter(moved.slugs()));
        } catch (RejectedExecutionException e) {
            LOG.fine(() -> "Pages not rendered ahead: " + e.getMessage());
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
                        LOG.log(Level.WARNING, "Could not render " + path + " ahead for " + reader.id(), e);
                    }
                }
            }
        }
        for (ReaderPageServlet feature : features) {
            try {
                feature.prepareAhead();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not prepare " + feature.getServletName() + " ahead", e);
            }
        }
    }
}
