package org.attune.web.security;

import java.io.IOException;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Headers on every response. A {@code Content-Security-Policy} that allows only the server's own scripts, styles,
 * images and fonts (no inline script or style, no plug-ins, forms posting only here) and says who may frame the
 * pages ({@code attune.security.frame-ancestors}, default {@code 'self'}: an intranet portal that embeds Attune
 * lists its own origin); {@code nosniff}; a same-origin referrer; and, over HTTPS, HSTS.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SecurityHeaders.class.getName());
    /** Sources as CSP writes them: keywords in quotes, schemes, hosts with optional wildcards and ports. */
    private static final Pattern SOURCES =
            Pattern.compile("('none'|'self'|[a-zA-Z][a-zA-Z0-9+.-]*:(//)?[a-zA-Z0-9.*:/_-]*"
                    + "|[a-zA-Z0-9.*-]+(:[0-9*]+)?)( ('self'|[a-zA-Z][a-zA-Z0-9+.-]*:(//)?[a-zA-Z0-9.*:/_-]*"
                    + "|[a-zA-Z0-9.*-]+(:[0-9*]+)?))*");

    static final String DEFAULT_FRAME_ANCESTORS = "'self'";

    private String policy;

    @Override
    public void init(FilterConfig config) {
        policy = policy(frameAncestors(ConfigProvider.getConfig()
                .getOptionalValue("attune.security.frame-ancestors", String.class)
                .orElse(null)));
    }

    /** The configured sources when they are CSP sources (nothing else can slip into the header), else the default. */
    static String frameAncestors(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_FRAME_ANCESTORS;
        }
        String sources = configured.strip();
        if (!SOURCES.matcher(sources).matches()) {
            LOG.severe(() -> "attune.security.frame-ancestors is not a list of CSP sources ('self', 'none',"
                    + " https://portal.example.org …): using " + DEFAULT_FRAME_ANCESTORS);
            return DEFAULT_FRAME_ANCESTORS;
        }
        return sources;
    }

    static String policy(String frameAncestors) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
                + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors " + frameAncestors;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
