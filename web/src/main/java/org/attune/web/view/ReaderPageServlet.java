package org.attune.web.view;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.audience.AudienceResolver;
import org.attune.web.audience.ReaderAudience;
import org.attune.web.content.ContentVersion;

/**
 * A page a reader asks for with {@code GET}: the reader's audience is resolved, the feature builds its view, and
 * the page is rendered with the reader in its model ({@code reader}), once per page, audience and content version
 * ({@link RenderedPages}). No view is a 404 page.
 */
public abstract class ReaderPageServlet extends HttpServlet {

    /** Says whether the page was rendered for this request ({@code miss}) or sent as kept ({@code hit}). */
    public static final String CACHE_HEADER = "X-Attune-Cache";

    @Inject
    AudienceResolver audiences;

    @Inject
    PageRenderer pages;

    @Inject
    RenderedPages rendered;

    @Inject
    PageMetrics metrics;

    @Inject
    ContentVersion content;

    /** What to show: a template and its model, or nothing for a page that does not exist. */
    public record Page(String template, Map<String, ?> model) {}

    protected abstract Optional<Page> page(HttpServletRequest request, ReaderAudience reader);

    /**
     * The page from the rendered pages, rendered first if it is not kept (the content version is read before
     * anything is loaded, so a page built from articles older than a change is never kept as newer).
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReaderAudience reader = audiences.resolve(request);
        PageKey key = PageKey.of(request, reader, content.current());
        AtomicBoolean renderedNow = new AtomicBoolean();
        RenderedPage page = rendered.get(key, () -> {
            renderedNow.set(true);
            long start = System.nanoTime();
            RenderedPage made = page(request, reader)
                    .map(p -> pages.render(request, response, p.template(), withReader(p, reader)))
                    .orElse(null);
            metrics.rendered(Duration.ofNanos(System.nanoTime() - start));
            return made;
        });
        if (page == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader(CACHE_HEADER, renderedNow.get() ? "miss" : "hit");
        metrics.served(!renderedNow.get());
        pages.send(request, response, page);
    }

    private static Map<String, Object> withReader(Page page, ReaderAudience reader) {
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("reader", reader);
        return model;
    }
}
