package org.attune.web.editor;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.account.AccountAdministration;
import org.attune.web.account.AccountEntry;
import org.attune.web.account.AccountException;
import org.attune.web.account.Accounts;
import org.attune.web.account.ApiToken;
import org.attune.web.account.ApiTokens;
import org.attune.web.account.TokenException;
import org.attune.web.security.CsrfToken;
import org.attune.web.view.PageRenderer;
import org.attune.web.view.Redirect;

/**
 * {@code /editor/me}: the signed-in person's own account — every signed-in editor with an account of Attune's own:
 * their display name (what readers see instead of their username), their password (the current one required; after
 * an administrator's reset, the one page open to them until they have chosen their own), and their API tokens. The list (name, made, expires, last used, state), a form to make one (a name and 1 to the most days; the token
 * is shown once, on the answer to that form, and never again) and a button to revoke each. Every form carries the
 * session's CSRF token.
 */
@WebServlet(urlPatterns = "/editor/me")
public class MyAccountServlet extends HttpServlet {

    @Inject
    ApiTokens tokens;

    @Inject
    PageRenderer pages;

    @Inject
    AccountAdministration administration;

    @Inject
    Accounts accounts;

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
        show(request, response, HttpServletResponse.SC_OK, null, null, null, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!CsrfToken.isValid(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String me = EditorRequest.of(request).name();
        String action = request.getParameter("action");
        if (!"password".equals(action) && accounts.standing(me) == Accounts.Standing.MUST_CHANGE_PASSWORD) {
            // a temporary password opens nothing but choosing one's own
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if ("password".equals(action) || "display-name".equals(action)) {
            changeOwn(request, response, me, action);
            return;
        }
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
            show(request, response, HttpServletResponse.SC_OK, created, null, null, null);
        } catch (TokenException e) {
            String problem = "me.tokens.problem." + e.reason().name().toLowerCase(java.util.Locale.ROOT);
            show(request, response, HttpServletResponse.SC_BAD_REQUEST, null, problem, name, null);
        }
    }

    /** The person's password or display name, changed: the page again, saying so, or with the problem. */
    private void changeOwn(HttpServletRequest request, HttpServletResponse response, String me, String action)
            throws IOException {
        try {
            if ("password".equals(action)) {
                char[] chosen = text(request, "newPassword").toCharArray();
                if (!Arrays.equals(chosen, text(request, "repeatPassword").toCharArray())) {
                    show(request, response, HttpServletResponse.SC_BAD_REQUEST, null, null, null, "problem.mismatch");
                    return;
                }
                administration.changeOwnPassword(
                        me, text(request, "currentPassword").toCharArray(), chosen);
                show(request, response, HttpServletResponse.SC_OK, null, null, null, "password-changed");
            } else {
                administration.changeOwnDisplayName(me, text(request, "displayName"));
                show(request, response, HttpServletResponse.SC_OK, null, null, null, "display-name-changed");
            }
        } catch (AccountException e) {
            show(request, response, HttpServletResponse.SC_BAD_REQUEST, null, null, null, "problem." + e.code());
        }
    }

    private static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    /**
     * @param said what the account part of the page says, as a key under {@code me.account.}: a change made, or a
     *             problem ({@code problem.<code>}); null for nothing
     */
    private void show(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            ApiTokens.Created created,
            String problem,
            String name,
            String said)
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
        model.put("said", said);
        model.put("saidProblem", said != null && said.startsWith("problem."));
        model.put(
                "mustChangePassword",
                local && accounts.standing(editor.name()) == Accounts.Standing.MUST_CHANGE_PASSWORD);
        model.put(
                "displayName",
                local
                        ? administration
                                .find(editor.name())
                                .map(AccountEntry::displayName)
                                .orElse(null)
                        : null);
        pages.render(request, response, status, "editor/me", model);
    }
}
