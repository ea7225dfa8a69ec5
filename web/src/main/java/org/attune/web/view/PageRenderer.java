package org.attune.web.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders Thymeleaf pages. Reader pages depend on the reader's audience (a cookie or a query parameter), so a page
 * sent is marked {@code Vary: Cookie, Accept-Encoding} (and {@code Accept-Language} once pages are offered in more
 * than one language: {@link PageLanguage#vary()}) and {@code Cache-Control: private, no-cache}, and its ETag is
 * a digest of the exact HTML: a validator for one audience's page never matches another audience's page. Every page
 * is rendered in the language {@link PageLanguage} decides, which the templates read as {@code #locale}.
 */
@ApplicationScoped
public class PageRenderer {

    @Inject
    TemplateEngine templateEngine;

    private volatile JakartaServletWebApplication application;

    /**
     * Renders a reader's page once, to be sent as often as it is asked for. It depends on its address, language
     * ({@link PageLanguage}) and model only, never on the request (there may be none: a page rendered ahead).
     */
    public RenderedPage render(PageAddress address, Locale language, String template, Map<String, ?> model) {
        Context context = new Context(language);
        context.setVariables(new HashMap<>(model));
        context.setVariable("returnPath", address.returnPath());
        context.setVariable(ContextPathLinks.CONTEXT_PATH, address.contextPath());
        return RenderedPage.of(templateEngine.process(template, context));
    }

    /**
     * Sends a rendered page with status 200, gzip-compressed when the client accepts it, or 304 when the client
     * already has exactly this representation.
     */
    public void send(HttpServletRequest request, HttpServletResponse response, RenderedPage page) throws IOException {
        boolean gzip = AcceptEncoding.allowsGzip(request.getHeader("Accept-Encoding"));
        String etag = gzip ? page.gzipEtag() : page.etag();
        response.setHeader("Vary", PageLanguage.vary());
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("ETag", etag);
        String known = request.getHeader("If-None-Match");
        if (known != null && (known.contains(etag) || known.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        send(response, HttpServletResponse.SC_OK, gzip ? page.gzip() : page.html());
    }

    /** A page with another status (errors): never cached. */
    public void render(
            HttpServletRequest request, HttpServletResponse response, int status, String template, Map<String, ?> model)
            throws IOException {
        String html = process(request, response, template, model);
        response.setHeader("Cache-Control", "no-store");
        send(response, status, html.getBytes(StandardCharsets.UTF_8));
    }

    private String process(
            HttpServletRequest request, HttpServletResponse response, String template, Map<String, ?> model) {
        WebContext context =
                new WebContext(application(request).buildExchange(request, response), PageLanguage.of(request));
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("returnPath", ReturnPath.of(request));
        context.setVariables(variables);
        return templateEngine.process(template, context);
    }

    private static void send(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
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
