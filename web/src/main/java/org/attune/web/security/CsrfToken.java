package org.attune.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The token every state-changing form of a signed-in person carries ({@code csrf}): random, made at sign-in, kept
 * in the session. A form posted from another site cannot know it.
 */
public final class CsrfToken {

    public static final String PARAMETER = "csrf";
    private static final String SESSION_ATTRIBUTE = "attune.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {}

    static void create(HttpSession session) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        session.setAttribute(
                SESSION_ATTRIBUTE, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token of the request's session, or null without a signed-in session. */
    public static String of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(SESSION_ATTRIBUTE);
    }

    /**
     * Answers {@code 403 Forbidden} unless the request carries its session's token: true when it did so, and the
     * request is answered.
     */
    public static boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isValid(request)) {
            return false;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return true;
    }

    /** True when the request carries its session's token. */
    public static boolean isValid(HttpServletRequest request) {
        String expected = of(request);
        String given = request.getParameter(PARAMETER);
        return expected != null
                && given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.UTF_8));
    }
}
