package org.attune.web.glossary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;

import org.attune.web.audience.ReaderAudience;
import org.attune.web.reader.ReaderPageServlet;
import org.attune.web.view.PageAddress;

/** {@code GET /glossary} (all terms) and {@code GET /glossary?article={slug}} (one article's key terms). */
@WebServlet(urlPatterns = "/glossary", loadOnStartup = 3)
public class GlossaryServlet extends ReaderPageServlet {

    @Inject
    GlossaryCatalog glossary;

    @Override
    protected Optional<Page> page(PageAddress address, ReaderAudience reader) {
        return Optional.of(new Page("glossary/page", Map.of("glossary", glossary.page(address.parameter("article")))));
    }

    @Override
    protected List<String> pagesToRenderAhead(List<String> changedSlugs) {
        return List.of("/glossary");
    }
}
