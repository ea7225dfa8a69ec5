package org.attune.web.view;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a page is known by, for its structured data. Never built from the request's {@code Host} header,
 * which the client chooses: with {@code attune.base-url} (the public address of the application, e.g.
 * {@code https://intranet.example.org/attune}) it is that address and the page's path; without it, the path alone,
 * which JSON-LD reads relative to the page it is on.
 */
@ApplicationScoped
public class CanonicalUrls {

    private static final Logger LOG = Logger.getLogger(CanonicalUrls.class.getName());

    @Inject
    @ConfigProperty(name = "attune.base-url")
    Optional<String> configured;

    private String base;

    @PostConstruct
    void checkBase() {
        base = configured
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .filter(CanonicalUrls::isBaseUrl)
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .orElse(null);
        if (base == null && configured.isPresent()) {
            LOG.warning(() -> "attune.base-url must be an http:// or https:// address without query or fragment; "
                    + "ignored, pages give their path only");
        }
    }

    private static boolean isBaseUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A page of this application by its path ({@code /articles/x?audience=patient}), absolute when configured. */
    public String forPath(HttpServletRequest request, String path) {
        return at(request.getContextPath(), path);
    }

    /** This page, without its query: {@code https://intranet.example.org/attune/articles/x}. */
    public String of(PageAddress address) {
        return at(address.contextPath(), address.path());
    }

    private String at(String contextPath, String path) {
        return base == null ? contextPath + path : base + path;
    }
}
