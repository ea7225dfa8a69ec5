package org.attune.web.glossary;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.audience.AudienceResolver;
import org.attune.web.view.PageRenderer;

/** {@code GET /glossary} (all terms) and {@code GET /glossary?article={slug}} (one article's key terms). */
@WebServlet(urlPatterns = "/glossary")
public class GlossaryServlet extends HttpServlet {

    @Inject
    GlossaryCatalog glossary;

    @Inject
    AudienceResolver audiences;

    @Inject
    PageRenderer pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.render(request, response, "glossary/page", Map.of(
                "glossary", glossary.page(request.getParameter("article")),
                "reader", audiences.resolve(request)));
    }
}
