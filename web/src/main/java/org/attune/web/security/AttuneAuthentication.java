package org.attune.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.attune.web.api.Problem;
import org.attune.web.audit.AuditAction;
import org.attune.web.audit.AuditLog;
import org.attune.web.view.Redirect;

/**
 * How people sign in. Editors use the form ({@code /login}, then their session; the session id changes at
 * sign-in) or the hospital's single sign-on ({@link HospitalSignOnServlet}, which starts the same session); scripts and a hospital's tools use HTTP Basic on {@code /api/}, checked on every request, with no
 * session. Both check the same identity store, and both are slowed down by {@link SignInThrottle}. Readers are
 * never asked anything and never get a session: for them this does nothing.
 */
@ApplicationScoped
public class AttuneAuthentication implements HttpAuthenticationMechanism {

    static final String API_PATH = "/api/";

    /** Request attribute set when a form sign-in was refused for too many failures: how long to wait. */
    static final String LOCKED_FOR = "attune.sign-in.locked-for";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    RoleMapping roleMapping;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (request.getRequestURI().startsWith(request.getContextPath() + API_PATH)) {
            return basic(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return signIn(request, response, context, form);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.SESSION_ATTRIBUTE) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
        }
        if (context.isProtected()) {
            // a relative Location, never built from the Host header (sendRedirect, under context.redirect, is)
            String back =
                    request.getRequestURI().substring(request.getContextPath().length());
            Redirect.to(
                    request,
                    response,
                    HttpServletResponse.SC_FOUND,
                    "/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            UsernamePasswordCredential form) {
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitFor(form.getCaller(), address);
        if (!wait.isZero()) {
            audit.record(form.getCaller(), AuditAction.SIGN_IN_LOCKED, form.getCaller(), "form, from " + address);
            request.setAttribute(LOCKED_FOR, wait);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(form);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(form.getCaller(), address);
            audit.record(form.getCaller(), AuditAction.SIGN_IN_FAILED, form.getCaller(), "form, from " + address);
            return AuthenticationStatus.SEND_FAILURE;
        }
        String username = result.getCallerPrincipal().getName();
        throttle.succeeded(username);
        Set<String> roles = roleMapping.rolesOf(result);
        EditorSessions.start(request, response, username, roles);
        audit.record(username, AuditAction.SIGN_IN, username, "form, from " + address);
        return context.notifyContainerAboutLogin(username, roles);
    }

    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.doNothing();
        }
        UsernamePasswordCredential credential =
                BasicCredentials.parse(header.substring(6).strip());
        if (credential == null) {
            return refuse(response, new Problem(401, "Unauthorized", "the Authorization header is not valid Basic"));
        }
        String address = request.getRemoteAddr();
        Duration wait = throttle.waitFor(credential.getCaller(), address);
        if (!wait.isZero()) {
            audit.record(
                    credential.getCaller(), AuditAction.SIGN_IN_LOCKED, credential.getCaller(), "API, from " + address);
            response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
            return refuse(
                    response,
                    new Problem(
                            429,
                            "Too Many Requests",
                            "too many failed sign-ins; try again in " + Math.max(1, wait.toSeconds()) + " seconds"));
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(credential.getCaller(), address);
            audit.record(
                    credential.getCaller(), AuditAction.SIGN_IN_FAILED, credential.getCaller(), "API, from " + address);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Attune\", charset=\"UTF-8\"");
            return refuse(response, new Problem(401, "Unauthorized", "unknown username or wrong password"));
        }
        throttle.succeeded(result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result.getCallerPrincipal().getName(), roleMapping.rolesOf(result));
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, Problem problem) {
        try {
            problem.send(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Username and password from the value of a Basic {@code Authorization} header. */
    static final class BasicCredentials {

        private BasicCredentials() {}

        /** The credentials, or null when the value is not Base64 of {@code username:password} in UTF-8. */
        static UsernamePasswordCredential parse(String encoded) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
    }
}
