package org.attune.web.view;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Redirects to a page of this site with a relative {@code Location}. {@code sendRedirect} would make it absolute
 * with the request's {@code Host} header, which the client chooses.
 */
public final class Redirect {

    private Redirect() {}

    /** @param path a path of this site, starting with one {@code /}, ASCII only (it goes into a header) */
    public static void to(HttpServletRequest request, HttpServletResponse response, int status, String path) {
        response.setStatus(status);
        response.setHeader("Location", request.getContextPath() + path);
    }
}
