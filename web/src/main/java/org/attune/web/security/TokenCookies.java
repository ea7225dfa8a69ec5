package org.attune.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cookies that tie a step of signing in to the browser that took it (the sign-in form's token, the single sign-on's
 * state): {@code HttpOnly}, scoped to one path, short-lived, {@code Secure} where due ({@link SessionCookies}), and
 * compared in constant time.
 */
final class TokenCookies {

    private TokenCookies() {}

    /**
     * Sets the cookie ({@code path} within the application, {@code sameSite} "Strict" or "Lax"); a value of "" with
     * a {@code maxAgeSeconds} of 0 removes it.
     */
    static void set(
            HttpServletRequest request,
            HttpServletResponse response,
            String name,
            String value,
            String path,
            int maxAgeSeconds,
            String sameSite) {
        StringBuilder cookie = new StringBuilder(name)
                .append('=')
                .append(value)
                .append("; Path=")
                .append(request.getContextPath())
                .append(path)
                .append("; Max-Age=")
                .append(maxAgeSeconds)
                .append("; HttpOnly; SameSite=")
                .append(sameSite);
        if (request.isSecure() || SessionCookies.alwaysSecure()) {
            cookie.append("; Secure");
        }
        response.addHeader("Set-Cookie", cookie.toString());
    }

    /** True when the browser sent the cookie with exactly this (non-empty) value. */
    static boolean holds(HttpServletRequest request, String name, String value) {
        if (value == null || value.isEmpty() || request.getCookies() == null) {
            return false;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(name)
                    && MessageDigest.isEqual(
                            cookie.getValue().getBytes(StandardCharsets.US_ASCII),
                            value.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }
}
