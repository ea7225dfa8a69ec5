package org.attune.web.article;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.audience.AudienceResolver;
import org.attune.web.audience.ReaderAudience;
import org.attune.web.view.PageRenderer;

/** {@code GET /}: every article with its question, bottom line (in the reader's words), review status and date. */
@WebServlet(urlPatterns = "")
public class HomeServlet extends HttpServlet {

    @Inject
    ArticleCatalog catalog;

    @Inject
    AudienceResolver audiences;

    @Inject
    PageRenderer pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReaderAudience reader = audiences.resolve(request);
        pages.render(request, response, "article/list",
                Map.of("articles", catalog.summaries(reader.active()), "reader", reader));
    }
}
