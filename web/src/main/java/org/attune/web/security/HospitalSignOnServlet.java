package org.attune.web.security;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.web.account.AccountEntry;
import org.attune.web.account.Accounts;
import org.attune.web.audit.AuditAction;
import org.attune.web.audit.AuditLog;
import org.attune.web.view.CanonicalUrls;
import org.attune.web.view.PageRenderer;

/**
 * Sign-in with the hospital's account (OpenID Connect, when {@code attune.oidc.issuer} is set).
 * {@code /login/oidc} sends the browser to the provider; the provider sends it back to {@code /login/oidc/callback}
 * with a code, which {@link HospitalSignOn} checks; the person then gets the same editor session as after the
 * password form, with the roles their groups are mapped to. Someone the provider vouches for but whose groups
 * map to no role is not signed in.
 *
 * <p>The sign-in is tied to the browser that started it by a cookie holding its state ({@code SameSite=Lax}, so
 * that it comes back with the provider's redirect): a link to the callback made by someone else, with their own
 * code, signs nobody in. The editor session cookie is {@code SameSite=Strict}, which a browser does not send on a
 * navigation that came from another site, so the callback answers with a page that continues to the editor
 * itself ({@code Refresh}, and a link) rather than with a redirect.
 */
@WebServlet(urlPatterns = {HospitalSignOnServlet.START, HospitalSignOnServlet.CALLBACK})
public class HospitalSignOnServlet extends HttpServlet {

    static final String START = "/login/oidc";
    static final String CALLBACK = "/login/oidc/callback";
    static final String STATE_COOKIE = "attune-signon";

    /** Who a refused sign-on is recorded as in the audit log: nobody the provider vouched for. */
    private static final String UNKNOWN_CALLER = "(hospital sign-on)";

    private static final Logger LOG = Logger.getLogger(HospitalSignOnServlet.class.getName());

    @Inject
    OpenIdSettings settings;

    @Inject
    HospitalSignOn signOn;

    @Inject
    RoleMapping roleMapping;

    @Inject
    SignInPage signInPage;

    @Inject
    PageRenderer pages;

    @Inject
    CanonicalUrls urls;

    @Inject
    AuditLog audit;

    @Inject
    Accounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            if (CALLBACK.equals(request.getServletPath())) {
                comeBack(request, response);
            } else {
                start(request, response);
            }
        } catch (HospitalSignOnFailed failed) {
            LOG.info(() -> "Hospital sign-on not completed (" + failed.reason() + "): " + failed.getMessage());
            if (failed.reason() == HospitalSignOnFailed.Reason.REFUSED) {
                audit.record(
                        UNKNOWN_CALLER,
                        AuditAction.SIGN_IN_FAILED,
                        UNKNOWN_CALLER,
                        "hospital sign-on, from " + request.getRemoteAddr() + ": " + failed.getMessage());
            }
            switch (failed.reason()) {
                case UNAVAILABLE -> signInPage.show(request, response, 503, "signon-unavailable", null);
                case EXPIRED -> signInPage.show(request, response, 400, "signon-expired", null);
                case REFUSED -> signInPage.show(request, response, 401, "signon-refused", null);
            }
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response)
            throws IOException, HospitalSignOnFailed {
        PendingSignOn pending = PendingSignOn.start(redirectUri(request), SignInPage.next(request));
        URI provider = signOn.start(pending);
        TokenCookies.set(request, response, STATE_COOKIE, pending.state().getValue(), START, 600, "Lax");
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", provider.toASCIIString());
    }

    private void comeBack(HttpServletRequest request, HttpServletResponse response)
            throws IOException, HospitalSignOnFailed {
        String state = request.getParameter("state");
        if (!TokenCookies.holds(request, STATE_COOKIE, state)) {
            throw new HospitalSignOnFailed(
                    HospitalSignOnFailed.Reason.EXPIRED, "the state is not the one this browser's cookie holds");
        }
        TokenCookies.set(request, response, STATE_COOKIE, "", START, 0, "Lax");
        PendingSignOn pending = signOn.comeBack(state);
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            String error = request.getParameter("error");
            throw new HospitalSignOnFailed(
                    HospitalSignOnFailed.Reason.REFUSED,
                    "the provider sent no code" + (error == null ? "" : " (error " + error + ")"));
        }
        HospitalCaller caller = signOn.finish(pending, code);
        String from = "hospital sign-on, from " + request.getRemoteAddr();
        Set<String> roles = roleMapping.rolesOfSignOnGroups(caller.groups());
        if (roles.isEmpty()) {
            audit.record(caller.username(), AuditAction.SIGN_IN_FAILED, caller.username(), from + ": no mapped group");
            signInPage.show(request, response, HttpServletResponse.SC_FORBIDDEN, "signon-no-role", null);
            return;
        }
        EditorSessions.start(request, response, caller.username(), roles);
        audit.record(caller.username(), AuditAction.SIGN_IN, caller.username(), from);
        accounts.signedIn(caller.username(), roles, AccountEntry.Source.SIGN_ON);
        String next = request.getContextPath() + pending.next();
        response.setHeader("Refresh", "0; url=" + next);
        pages.render(
                request,
                response,
                HttpServletResponse.SC_OK,
                "security/signed-in",
                Map.of("next", next, "username", caller.username()));
    }

    private URI redirectUri(HttpServletRequest request) throws HospitalSignOnFailed {
        String address = urls.forPath(request, CALLBACK);
        try {
            return address.startsWith("/")
                    ? URI.create(request.getRequestURL().toString()).resolve(address)
                    : URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new HospitalSignOnFailed(
                    HospitalSignOnFailed.Reason.UNAVAILABLE,
                    "this server's own address is not known: set attune.base-url",
                    e);
        }
    }
}
