package org.attune.web.reader;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import org.attune.web.view.PageAddress;
import org.attune.web.view.PageLanguage;
import org.attune.web.view.PageRenderer;
import org.attune.web.view.RenderedPage;

/**
 * A page a reader asks for with {@code GET}: the reader's audience is resolved, the feature builds its view from the
 * page's address, and the page is rendered with the reader in its model ({@code reader}), once per page, audience,
 * language and content version ({@link RenderedPages}). No view is a 404 page. A feature may name pages worth rendering
 * before anyone asks, once the content has changed ({@link RenderAhead}).
 */
public abstract class ReaderPageServlet extends HttpServlet {

    /** Says whether the page was rendered for this request ({@code miss}) or sent as kept ({@code hit}). */
    public static final String CACHE_HEADER = "X-Attune-Cache";

    @Inject
    AudienceResolver audiences;

    @Inject
    protected PageRenderer pages;

    @Inject
    RenderedPages rendered;

    @Inject
    PageMetrics metrics;

    @Inject
    RenderAhead renderAhead;

    @Inject
    protected ContentVersion content;

    /** What to show: a template and its model, or nothing for a page that does not exist. */
    public record Page(String template, Map<String, ?> model) {}

    protected abstract Optional<Page> page(PageAddress address, ReaderAudience reader);

    /**
     * The article this page is built from alone, whose changes alone make it stale; null (the default) for a page
     * built from all the articles, stale after any change.
     */
    protected String articleOf(PageAddress address) {
        return null;
    }

    /** The paths of this feature's pages to render ahead once these articles have changed: none by default. */
    protected List<String> pagesToRenderAhead(List<String> changedSlugs) {
        return List.of();
    }

    /** Builds ahead what this feature's pages are made from, once the content has changed: nothing by default. */
    protected void prepareAhead() {}

    /** What a reader asking for a page that is not there gets: the not-found page, unless a subclass knows better. */
    protected void answerMissing(
            HttpServletRequest request, HttpServletResponse response, PageAddress address, ReaderAudience reader)
            throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @Override
    public void init() {
        renderAhead.register(this);
    }

    @Override
    public void destroy() {
        renderAhead.unregister(this);
    }

    /**
     * The page from the rendered pages, rendered first if it is not kept (the content version is read before
     * anything is loaded, so a page built from articles older than a change is never kept as newer).
     */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReaderAudience reader = audiences.resolve(request);
        PageAddress address = PageAddress.of(request);
        Locale language = PageLanguage.of(request);
        AtomicBoolean renderedNow = new AtomicBoolean();
        RenderedPage page = rendered.get(key(address, reader, language), () -> {
            renderedNow.set(true);
            return render(address, reader, language);
        });
        if (page == null) {
            answerMissing(request, response, address, reader);
            return;
        }
        response.setHeader(CACHE_HEADER, renderedNow.get() ? "miss" : "hit");
        metrics.served(!renderedNow.get());
        pages.send(request, response, page);
    }

    /**
     * Renders the page for this address and reader in every language offered and keeps it, unless it is kept
     * already.
     */
    void renderAhead(PageAddress address, ReaderAudience reader) {
        for (Locale language : PageLanguage.OFFERED) {
            rendered.get(key(address, reader, language), () -> {
                metrics.renderedAhead();
                return render(address, reader, language);
            });
        }
    }

    private PageKey key(PageAddress address, ReaderAudience reader, Locale language) {
        String article = articleOf(address);
        return PageKey.of(
                address, reader, language, article, article == null ? content.current() : content.ofArticle(article));
    }

    private RenderedPage render(PageAddress address, ReaderAudience reader, Locale language) {
        long start = System.nanoTime();
        RenderedPage made = page(address, reader)
                .map(p -> pages.render(address, language, p.template(), withReader(p, reader)))
                .orElse(null);
        metrics.rendered(Duration.ofNanos(System.nanoTime() - start));
        return made;
    }

    private static Map<String, Object> withReader(Page page, ReaderAudience reader) {
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("reader", reader);
        return model;
    }
}
