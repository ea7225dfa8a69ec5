package org.attune.web.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.attune.web.audit.AuditAction;
import org.attune.web.audit.AuditLog;
import org.attune.web.view.Redirect;

/**
 * {@code POST /logout} (with the form's CSRF token): ends the session and goes back to the articles. Any session
 * cookie the answer carries is {@code HttpOnly} and {@code SameSite=Strict} ({@link SessionCookies}).
 */
@WebServlet(urlPatterns = "/logout")
public class SignOutServlet extends HttpServlet {

    @Inject
    AuditLog audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (CsrfToken.refused(request, response)) {
            return;
        }
        String who = request.getUserPrincipal() == null
                ? null
                : request.getUserPrincipal().getName();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // Payara's logout starts a new, empty session: its cookie is hardened like the one set at sign-in
        SessionCookies.harden(request, response);
        audit.record(who, AuditAction.SIGN_OUT, who, null);
        Redirect.to(request, response, HttpServletResponse.SC_SEE_OTHER, "/");
    }
}
