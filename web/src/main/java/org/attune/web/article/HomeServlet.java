package org.attune.web.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

import org.attune.web.audience.ReaderAudience;
import org.attune.web.reader.ReaderPageServlet;
import org.attune.web.view.PageAddress;

/** {@code GET /}: every article with its question, bottom line (in the reader's words), review status and date. */
@WebServlet(urlPatterns = "", loadOnStartup = 2)
public class HomeServlet extends ReaderPageServlet {

    @Inject
    ArticleCatalog catalog;

    @Override
    protected Optional<Page> page(PageAddress address, ReaderAudience reader) {
        return Optional.of(new Page("article/list", Map.of("articles", catalog.summaries(reader.active()))));
    }

    @Override
    protected List<String> pagesToRenderAhead(List<String> changedSlugs) {
        return List.of("/");
    }
}
