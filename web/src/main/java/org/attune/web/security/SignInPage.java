package org.attune.web.security;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.view.LocalPath;
import org.attune.web.view.PageRenderer;

/**
 * The sign-in page, with a problem to show or none: the password form (with a fresh {@link SignInToken}) and,
 * when the hospital's single sign-on is configured, "Sign in with …".
 */
@ApplicationScoped
class SignInPage {

    static final String EDITOR_HOME = "/editor";

    @Inject
    PageRenderer pages;

    @Inject
    OpenIdSettings signOn;

    void show(HttpServletRequest request, HttpServletResponse response, int status, String problem, Object minutes)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("next", next(request));
        model.put("csrf", SignInToken.issue(request, response));
        model.put("signOn", signOn.isEnabled());
        model.put("signOnName", signOn.getProviderName().orElse(null));
        if (problem != null) {
            model.put("problem", problem);
            model.put("minutes", minutes == null ? 0 : minutes);
        }
        pages.render(request, response, status, "security/login", model);
    }

    /** Where to go after signing in: the editor page asked for ({@code next}), or the editor's home. */
    static String next(HttpServletRequest request) {
        String next = LocalPath.of(request.getParameter("next"));
        return next.equals("/") ? EDITOR_HOME : next;
    }
}
