package org.attune.web.search;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.web.article.ArticleCatalog;
import org.attune.web.audience.AudienceResolver;
import org.attune.web.audience.ReaderAudience;
import org.attune.web.view.PageRenderer;

/**
 * {@code GET /search?q=...}: articles and sections found by words in any audience's vocabulary, shown in the reader's
 * own audience. A missing, empty or meaningless query gets a page that says how to search, not an error.
 */
@WebServlet(urlPatterns = "/search")
public class SearchServlet extends HttpServlet {

    @Inject
    ArticleCatalog articles;

    @Inject
    ArticleRewriter rewriter;

    @Inject
    AudienceProfiles audiences;

    @Inject
    AudienceResolver resolver;

    @Inject
    PageRenderer pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReaderAudience reader = resolver.resolve(request);
        String query = request.getParameter("q");
        SearchResults results = SearchIndex.build(articles.all(), rewriter, audiences)
                .search(query == null ? "" : query, reader.active());
        String shownQuery = query == null ? "" : query.length() > SearchIndex.MAX_QUERY_LENGTH
                ? query.substring(0, SearchIndex.MAX_QUERY_LENGTH) : query;
        pages.render(request, response, "search/page",
                Map.of("results", results, "query", shownQuery, "reader", reader));
    }
}
