package org.attune.web.editor;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.content.workflow.Usernames;
import org.attune.web.account.AccountAdministration;
import org.attune.web.account.AccountChange;
import org.attune.web.account.AccountEntry;
import org.attune.web.account.AccountException;
import org.attune.web.account.Role;
import org.attune.web.security.CsrfToken;
import org.attune.web.view.PageRenderer;
import org.attune.web.view.Redirect;

/**
 * {@code /editor/accounts}, for administrators only: everyone who signs in (username, display name, roles, active or
 * disabled, last sign-in; the directory's and single sign-on's read-only) and a form to create an account of
 * Attune's own; {@code /editor/accounts/{username}}: one account, to change its display name and roles, disable or
 * enable it, or reset its password. A new account and a reset get a temporary password, shown once to the
 * administrator on the answer to that form, which its person must replace at their next sign-in: an administrator
 * never chooses nor learns a password that stays. Every form carries the session's CSRF token.
 */
@WebServlet(urlPatterns = {"/editor/accounts", "/editor/accounts/*"})
public class AccountsServlet extends HttpServlet {

    static final String PATH = "/editor/accounts";

    @Inject
    AccountAdministration administration;

    @Inject
    PageRenderer pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EditorRequest editor = EditorRequest.of(request);
        if (!editor.admin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<String> username = username(request);
        if (username.isEmpty()) {
            showList(request, response, HttpServletResponse.SC_OK, null, null);
            return;
        }
        Optional<AccountEntry> account = administration.find(username.get());
        if (account.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        showAccount(request, response, HttpServletResponse.SC_OK, account.get(), null, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EditorRequest editor = EditorRequest.of(request);
        if (!editor.admin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (CsrfToken.refused(request, response)) {
            return;
        }
        Optional<String> username = username(request);
        if (username.isEmpty()) {
            create(request, response, editor);
            return;
        }
        String action = String.valueOf(request.getParameter("action"));
        String me = editor.name();
        try {
            switch (action) {
                case "save" -> {
                    AccountChange change = new AccountChange(
                            Optional.of(text(request, "displayName")), Optional.of(roles(request)), Optional.empty());
                    if (administration.change(me, username.get(), change).isEmpty()) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                }
                case "disable", "enable" -> {
                    AccountChange change = new AccountChange(
                            Optional.empty(), Optional.empty(), Optional.of("disable".equals(action)));
                    if (administration.change(me, username.get(), change).isEmpty()) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                }
                case "reset" -> {
                    Optional<char[]> temporary = administration.resetPassword(me, username.get());
                    if (temporary.isEmpty()) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                        return;
                    }
                    showAccount(
                            request,
                            response,
                            HttpServletResponse.SC_OK,
                            administration.find(username.get()).orElseThrow(),
                            new String(temporary.get()),
                            null);
                    return;
                }
                default -> {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
            }
        } catch (AccountException e) {
            Optional<AccountEntry> account = administration.find(username.get());
            if (account.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            showAccount(
                    request,
                    response,
                    e.isConflict() ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST,
                    account.get(),
                    null,
                    e.code());
            return;
        }
        Redirect.to(
                request, response, HttpServletResponse.SC_SEE_OTHER, PATH + "/" + Usernames.normalise(username.get()));
    }

    private void create(HttpServletRequest request, HttpServletResponse response, EditorRequest editor)
            throws IOException {
        String typed = text(request, "username");
        try {
            AccountAdministration.Created created =
                    administration.create(editor.name(), typed, roles(request), text(request, "displayName"));
            showAccount(
                    request,
                    response,
                    HttpServletResponse.SC_OK,
                    created.account(),
                    new String(created.temporaryPassword()),
                    null);
        } catch (AccountException e) {
            Map<String, Object> typedIn = Map.of(
                    "username", typed,
                    "displayName", text(request, "displayName"),
                    "roles", roles(request).stream().map(Role::roleName).toList());
            showList(
                    request,
                    response,
                    e.isConflict() ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST,
                    e.code(),
                    typedIn);
        }
    }

    private void showList(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String problem,
            Map<String, Object> typedIn)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("editor", EditorRequest.of(request));
        model.put("accounts", administration.list());
        model.put("allRoles", allRoles());
        model.put("problem", problem);
        model.put("typed", typedIn == null ? Map.of("username", "", "displayName", "", "roles", List.of()) : typedIn);
        pages.render(request, response, status, "editor/accounts", model);
    }

    private void showAccount(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            AccountEntry account,
            String temporaryPassword,
            String problem)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        EditorRequest editor = EditorRequest.of(request);
        model.put("editor", editor);
        model.put("account", account);
        model.put("roleNames", account.roles().stream().map(Role::roleName).toList());
        model.put("allRoles", allRoles());
        model.put("self", account.username().equals(Usernames.normalise(editor.name())));
        model.put("temporaryPassword", temporaryPassword);
        model.put("problem", problem);
        pages.render(request, response, status, "editor/account", model);
    }

    private static List<String> allRoles() {
        return Arrays.stream(Role.values()).map(Role::roleName).toList();
    }

    /** The username after {@code /editor/accounts/}, or empty on the list itself. */
    private static Optional<String> username(HttpServletRequest request) {
        String rest = request.getPathInfo();
        if (rest == null || rest.equals("/")) {
            return Optional.empty();
        }
        return Optional.of(rest.substring(1));
    }

    private static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    /** The roles ticked ({@code role=author&role=admin}); unknown names are ignored. */
    private static Set<Role> roles(HttpServletRequest request) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String[] values = request.getParameterValues("role");
        if (values != null) {
            for (String value : values) {
                Role.byName(value).ifPresent(roles::add);
            }
        }
        return roles;
    }
}
