package org.attune.web.view;

import java.io.IOException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** Renders a Thymeleaf page as the response, with the given view model. */
@ApplicationScoped
public class PageRenderer {

    @Inject
    TemplateEngine templateEngine;

    private volatile JakartaServletWebApplication application;

    public void render(HttpServletRequest request, HttpServletResponse response, int status, String template,
                       Map<String, ?> model) throws IOException {
        WebContext context = new WebContext(application(request).buildExchange(request, response),
                request.getLocale());
        context.setVariables(Map.copyOf(model));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        templateEngine.process(template, context, response.getWriter());
    }

    private JakartaServletWebApplication application(HttpServletRequest request) {
        JakartaServletWebApplication app = application;
        if (app == null) {
            app = JakartaServletWebApplication.buildApplication(request.getServletContext());
            application = app;
        }
        return app;
    }
}
