package org.attune.web.view;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.audience.AudienceResolver;
import org.attune.web.audience.ReaderAudience;

/**
 * A page a reader asks for with {@code GET}: the reader's audience is resolved, the feature builds its view, and
 * the page is rendered with the reader in its model ({@code reader}). No view is a 404 page.
 */
public abstract class ReaderPageServlet extends HttpServlet {

    @Inject
    AudienceResolver audiences;

    @Inject
    PageRenderer pages;

    /** What to show: a template and its model, or nothing for a page that does not exist. */
    public record Page(String template, Map<String, ?> model) {
    }

    protected abstract Optional<Page> page(HttpServletRequest request, ReaderAudience reader);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReaderAudience reader = audiences.resolve(request);
        Optional<Page> page = page(request, reader);
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, Object> model = new HashMap<>(page.get().model());
        model.put("reader", reader);
        pages.render(request, response, page.get().template(), model);
    }
}
