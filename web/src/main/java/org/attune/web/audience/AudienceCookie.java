package org.attune.web.audience;

import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The cookie that remembers the reader's choice: only the audience id, no account, no personal data;
 * {@code HttpOnly}, {@code SameSite=Lax}, kept for a year.
 */
final class AudienceCookie {

    static final String NAME = "attune-audience";
    private static final int ONE_YEAR = 365 * 24 * 60 * 60;

    private AudienceCookie() {}

    static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return Optional.ofNullable(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    static void write(HttpServletRequest request, HttpServletResponse response, String audienceId) {
        Cookie cookie = new Cookie(NAME, audienceId);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
