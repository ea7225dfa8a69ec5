package org.attune.web.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.account.AccountEntry;
import org.attune.web.account.Accounts;
import org.attune.web.audit.AuditAction;
import org.attune.web.audit.AuditLog;
import org.attune.web.view.Redirect;

/**
 * {@code /login}: the sign-in form for authors, reviewers and administrators. A wrong username or password gets
 * one message for both (nothing tells which usernames exist); repeated failures are slowed down (decided, and
 * audited, by {@link PasswordSignIn}). The session id changes at sign-in. The form carries a CSRF token
 * ({@link SignInToken}).
 */
@WebServlet(urlPatterns = "/login")
public class SignInServlet extends HttpServlet {

    @Inject
    PasswordSignIn passwords;

    @Inject
    AuditLog audit;

    @Inject
    Accounts accounts;

    @Inject
    SignInPage page;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() != null) {
            Redirect.to(request, response, HttpServletResponse.SC_SEE_OTHER, SignInPage.EDITOR_HOME);
            return;
        }
        page.show(request, response, HttpServletResponse.SC_OK, null, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!SignInToken.isValid(request)) {
            page.show(request, response, HttpServletResponse.SC_FORBIDDEN, "expired", null);
            return;
        }
        String username = request.getParameter("username") == null
                ? ""
                : request.getParameter("username").strip();
        String password = request.getParameter("password") == null ? "" : request.getParameter("password");
        PasswordSignIn.Outcome outcome = passwords.check(
                new UsernamePasswordCredential(username, new Password(password)), request.getRemoteAddr(), "form");
        if (outcome.isSignedIn()) {
            EditorSessions.start(request, response, outcome.username(), outcome.roles());
            audit.record(
                    outcome.username(),
                    AuditAction.SIGN_IN,
                    outcome.username(),
                    "form, from " + request.getRemoteAddr());
            accounts.signedIn(outcome.username(), outcome.roles(), AccountEntry.Source.DIRECTORY);
            // a temporary password (after a reset) is replaced before anything else
            boolean temporary = accounts.standing(outcome.username()) == Accounts.Standing.MUST_CHANGE_PASSWORD;
            Redirect.to(
                    request,
                    response,
                    HttpServletResponse.SC_SEE_OTHER,
                    temporary ? EditorAuthentication.OWN_ACCOUNT : SignInPage.next(request));
        } else if (outcome.isLocked()) {
            page.show(
                    request,
                    response,
                    429,
                    "locked",
                    Math.max(1, outcome.waitFor().toMinutes() + 1));
        } else {
            page.show(request, response, HttpServletResponse.SC_UNAUTHORIZED, "failed", null);
        }
    }
}
