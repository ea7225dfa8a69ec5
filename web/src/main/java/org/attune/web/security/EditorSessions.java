package org.attune.web.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The session an editor gets when they sign in, whichever way: a new session id (never one chosen before the
 * sign-in), who they are and their roles, the CSRF token of their forms, and the hardened cookie.
 */
final class EditorSessions {

    private EditorSessions() {}

    static void start(HttpServletRequest request, HttpServletResponse response, String username, Set<String> roles) {
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SignedIn.SESSION_ATTRIBUTE, new SignedIn(username, roles));
        CsrfToken.create(session);
        SessionCookies.harden(request, response);
    }
}
