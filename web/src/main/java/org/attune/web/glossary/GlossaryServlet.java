package org.attune.web.glossary;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;

import org.attune.web.audience.ReaderAudience;
import org.attune.web.view.ReaderPageServlet;

/** {@code GET /glossary} (all terms) and {@code GET /glossary?article={slug}} (one article's key terms). */
@WebServlet(urlPatterns = "/glossary")
public class GlossaryServlet extends ReaderPageServlet {

    @Inject
    GlossaryCatalog glossary;

    @Override
    protected Optional<Page> page(HttpServletRequest request, ReaderAudience reader) {
        return Optional.of(
                new Page("glossary/page", Map.of("glossary", glossary.page(request.getParameter("article")))));
    }
}
