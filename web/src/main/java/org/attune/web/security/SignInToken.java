package org.attune.web.security;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The sign-in form's CSRF token. Before signing in there is no session to keep a token in (and visitors get none),
 * so the token is double-submitted: a random value in a {@code SameSite=Strict}, {@code HttpOnly} cookie scoped to
 * {@code /login}, and the same value in the form. Another site can make a browser post the form, but cannot read
 * or set the cookie, so it cannot sign a visitor in to an account of its choosing.
 */
final class SignInToken {

    static final String COOKIE = "attune-signin";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SignInToken() {}

    /** A new token, set as the cookie of this response; the form carries the returned value. */
    static String issue(HttpServletRequest request, HttpServletResponse response) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        TokenCookies.set(request, response, COOKIE, token, "/login", 7200, "Strict");
        return token;
    }

    /** True when the posted form carries the token of the browser's cookie. */
    static boolean isValid(HttpServletRequest request) {
        return TokenCookies.holds(request, COOKIE, request.getParameter(CsrfToken.PARAMETER));
    }
}
