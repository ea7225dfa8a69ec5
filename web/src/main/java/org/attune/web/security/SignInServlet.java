package org.attune.web.security;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.view.LocalPath;
import org.attune.web.view.PageRenderer;
import org.attune.web.view.Redirect;

/**
 * {@code /login}: the sign-in form for authors, reviewers and administrators. A wrong username or password gets
 * one message for both (nothing tells which usernames exist); repeated failures are slowed down (decided, and
 * audited, by {@link AttuneAuthentication}). The form carries a CSRF token ({@link SignInToken}).
 */
@WebServlet(urlPatterns = "/login")
public class SignInServlet extends HttpServlet {

    static final String EDITOR_HOME = "/editor";

    @Inject
    SecurityContext security;

    @Inject
    PageRenderer pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() != null) {
            Redirect.to(request, response, HttpServletResponse.SC_SEE_OTHER, EDITOR_HOME);
            return;
        }
        show(request, response, HttpServletResponse.SC_OK, null, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!SignInToken.isValid(request)) {
            show(request, response, HttpServletResponse.SC_FORBIDDEN, "expired", null);
            return;
        }
        String username = request.getParameter("username") == null
                ? ""
                : request.getParameter("username").strip();
        String password = request.getParameter("password") == null ? "" : request.getParameter("password");
        AuthenticationStatus status = security.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            Redirect.to(request, response, HttpServletResponse.SC_SEE_OTHER, next(request));
        } else if (request.getAttribute(AttuneAuthentication.LOCKED_FOR) instanceof Duration wait) {
            show(request, response, 429, "locked", Math.max(1, wait.toMinutes() + 1));
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            show(request, response, HttpServletResponse.SC_UNAUTHORIZED, "failed", null);
        }
    }

    private void show(
            HttpServletRequest request, HttpServletResponse response, int status, String problem, Object minutes)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("next", next(request));
        model.put("csrf", SignInToken.issue(request, response));
        if (problem != null) {
            model.put("problem", problem);
            model.put("minutes", minutes == null ? 0 : minutes);
        }
        pages.render(request, response, status, "security/login", model);
    }

    /** Where to go after signing in: the editor page asked for, or the editor's home. */
    private static String next(HttpServletRequest request) {
        String next = LocalPath.of(request.getParameter("next"));
        return next.equals("/") ? EDITOR_HOME : next;
    }
}
