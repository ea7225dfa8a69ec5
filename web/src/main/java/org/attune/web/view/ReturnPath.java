package org.attune.web.view;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page the audience form sends the reader back to: this page's path and query, without the one-page
 * {@code audience} parameter (the new choice must win over it).
 */
final class ReturnPath {

    private ReturnPath() {}

    static String of(HttpServletRequest request) {
        if ("/error".equals(request.getServletPath())) {
            // An error page sends the reader home, and never reads the failed request's parameters: a form body too
            // large to read would fail again here.
            return "/";
        }
        return PageAddress.of(request).returnPath();
    }
}
