package org.attune.web.audience;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells a form posted from another site, by the headers browsers add to every form post: {@code Sec-Fetch-Site}
 * ("cross-site"), or, from a browser too old to send it, an {@code Origin} whose host is not the one the request
 * was sent to. For the readers' forms, which carry no token because readers have no session and their pages are
 * the same bytes for everyone (OWASP's "verifying origin with standard headers").
 */
public final class CrossSiteForms {

    private CrossSiteForms() {}

    public static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equalsIgnoreCase("cross-site");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        try {
            URI from = new URI(origin);
            String authority = from.getPort() < 0 ? from.getHost() : from.getHost() + ":" + from.getPort();
            return from.getHost() == null || host == null || !authority.equalsIgnoreCase(host.strip());
        } catch (URISyntaxException e) {
            return true;
        }
    }
}
