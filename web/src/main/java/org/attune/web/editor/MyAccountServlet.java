package org.attune.web.editor;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.account.ApiToken;
import org.attune.web.account.ApiTokens;
import org.attune.web.account.TokenException;
import org.attune.web.security.CsrfToken;
import org.attune.web.view.PageRenderer;
import org.attune.web.view.Redirect;

/**
 * {@code /editor/me}: the signed-in person's own API tokens — every signed-in editor with an account of Attune's
 * own. The list (name, made, expires, last used, state), a form to make one (a name and 1 to the most days; the token
 * is shown once, on the answer to that form, and never again) and a button to revoke each. Every form carries the
 * session's CSRF token.
 */
@WebServlet(urlPatterns = "/editor/me")
public class MyAccountServlet extends HttpServlet {

    @Inject
    ApiTokens tokens;

    @Inject
    PageRenderer pages;

    /** One token as the list shows it. */
    public record TokenRow(
            long id, String name, Instant created, Instant expires, Instant lastUsed, Instant revoked, String state) {

        static TokenRow of(ApiToken token, Instant now) {
            return new TokenRow(
                    token.id(),
                    token.name(),
                    token.created(),
                    token.expires(),
                    token.lastUsed(),
                    token.revoked(),
                    token.state(now).code());
        }

        public boolean active() {
            return ApiToken.State.ACTIVE.code().equals(state);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        show(request, response, HttpServletResponse.SC_OK, null, null, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!CsrfToken.isValid(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String me = EditorRequest.of(request).name();
        String action = request.getParameter("action");
        if ("revoke".equals(action)) {
            long id;
            try {
                id = Long.parseLong(String.valueOf(request.getParameter("id")));
            } catch (NumberFormatException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            if (!tokens.revoke(me, id)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Redirect.to(request, response, HttpServletResponse.SC_SEE_OTHER, "/editor/me");
            return;
        }
        if (!"create".equals(action)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String name = request.getParameter("name");
        int days;
        try {
            days = Integer.parseInt(String.valueOf(request.getParameter("days")).strip());
        } catch (NumberFormatException e) {
            days = 0;
        }
        try {
            ApiTokens.Created created = tokens.create(me, name, days);
            show(request, response, HttpServletResponse.SC_OK, created, null, null);
        } catch (TokenException e) {
            String problem = "me.tokens.problem." + e.reason().name().toLowerCase(java.util.Locale.ROOT);
            show(request, response, HttpServletResponse.SC_BAD_REQUEST, null, problem, name);
        }
    }

    private void show(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            ApiTokens.Created created,
            String problem,
            String name)
            throws IOException {
        EditorRequest editor = EditorRequest.of(request);
        Instant now = Instant.now();
        boolean local = tokens.canHaveTokens(editor.name());
        List<TokenRow> rows = local
                ? tokens.of(editor.name()).stream()
                        .map(t -> TokenRow.of(t, now))
                        .toList()
                : List.of();
        Map<String, Object> model = new HashMap<>();
        model.put("editor", editor);
        model.put("local", local);
        model.put("tokens", rows);
        model.put("created", created == null ? null : TokenRow.of(created.token(), now));
        model.put("secret", created == null ? null : created.secret());
        model.put("problem", problem);
        model.put("name", name == null ? "" : name);
        model.put("defaultDays", tokens.defaultDays());
        model.put("maxDays", tokens.maxDays());
        pages.render(request, response, status, "editor/me", model);
    }
}
