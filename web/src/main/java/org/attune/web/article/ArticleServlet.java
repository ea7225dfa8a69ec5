package org.attune.web.article;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.content.article.Article;
import org.attune.web.audience.ReaderAudience;
import org.attune.web.reader.ReaderPageServlet;
import org.attune.web.view.CanonicalUrls;
import org.attune.web.view.PageAddress;
import org.attune.web.view.Redirect;

/**
 * {@code GET /articles/{slug}}: one article in the reader's audience; a retired article is a 410 page, an unknown slug
 * a 404 page.
 */
@WebServlet(urlPatterns = "/articles/*", loadOnStartup = 1)
public class ArticleServlet extends ReaderPageServlet {

    private static final String PREFIX = "/articles/";

    @Inject
    ArticleCatalog catalog;

    @Inject
    CanonicalUrls canonicalUrls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.equals("/")) {
            Redirect.to(request, response, HttpServletResponse.SC_FOUND, "/");
            return;
        }
        super.doGet(request, response);
    }

    @Override
    protected Optional<Page> page(PageAddress address, ReaderAudience reader) {
        return catalog.page(slug(address), reader.active(), canonicalUrls.of(address))
                .map(article -> new Page("article/page", Map.of("article", article)));
    }

    /**
     * An article its reviewers retired is gone, not unknown: 410 with a short page naming it and the day, so a reader
     * following an old link or bookmark learns it was withdrawn rather than mistyped.
     */
    @Override
    protected void answerMissing(
            HttpServletRequest request, HttpServletResponse response, PageAddress address, ReaderAudience reader)
            throws IOException {
        Optional<WithdrawnArticle> withdrawn = catalog.withdrawn(slug(address), reader.active());
        if (withdrawn.isEmpty()) {
            super.answerMissing(request, response, address, reader);
            return;
        }
        pages.render(
                request,
                response,
                HttpServletResponse.SC_GONE,
                "article/withdrawn",
                Map.of("withdrawn", withdrawn.get()));
    }

    /** An article's page is built from that article alone: another article's publication leaves it as kept. */
    @Override
    protected String articleOf(PageAddress address) {
        return slug(address);
    }

    @Override
    protected List<String> pagesToRenderAhead(List<String> changedSlugs) {
        return changedSlugs.stream()
                .filter(Article::isValidSlug)
                .map(slug -> PREFIX + slug)
                .toList();
    }

    private static String slug(PageAddress address) {
        return address.path().substring(PREFIX.length());
    }
}
