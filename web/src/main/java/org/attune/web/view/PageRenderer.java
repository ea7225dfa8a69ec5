package org.attune.web.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a Thymeleaf page as the response. Pages depend on the reader's audience (a cookie or a query parameter),
 * so a successful page is marked {@code Vary: Cookie} and {@code Cache-Control: private, no-cache}, and its ETag is
 * a digest of the exact HTML sent: a validator for one audience's page never matches another audience's page.
 */
@ApplicationScoped
public class PageRenderer {

    /**
     * The language the pages are written in ({@code lang="en"} in the layout). Dates and numbers follow the page, not
     * the browser's {@code Accept-Language}: a German browser gets "December 29, 2025" inside an English sentence,
     * and one URL never has two versions that a cache would need {@code Vary: Accept-Language} to keep apart.
     */
    static final Locale PAGE_LANGUAGE = Locale.ENGLISH;

    @Inject
    TemplateEngine templateEngine;

    private volatile JakartaServletWebApplication application;

    /** A 200 page, answered with 304 when the reader already has exactly this HTML. */
    public void render(HttpServletRequest request, HttpServletResponse response, String template,
                       Map<String, ?> model) throws IOException {
        String html = process(request, response, template, model);
        String etag = "\"" + digest(html) + "\"";
        response.setHeader("Vary", "Cookie");
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("ETag", etag);
        String known = request.getHeader("If-None-Match");
        if (known != null && known.contains(etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        send(response, HttpServletResponse.SC_OK, html);
    }

    /** A page with another status (errors): never cached. */
    public void render(HttpServletRequest request, HttpServletResponse response, int status, String template,
                       Map<String, ?> model) throws IOException {
        String html = process(request, response, template, model);
        response.setHeader("Cache-Control", "no-store");
        send(response, status, html);
    }

    private String process(HttpServletRequest request, HttpServletResponse response, String template,
                           Map<String, ?> model) {
        WebContext context = new WebContext(application(request).buildExchange(request, response), PAGE_LANGUAGE);
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("returnPath", ReturnPath.of(request));
        context.setVariables(variables);
        return templateEngine.process(template, context);
    }

    private static void send(HttpServletResponse response, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String digest(String html) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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
