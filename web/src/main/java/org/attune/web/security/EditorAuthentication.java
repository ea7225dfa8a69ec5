package org.attune.web.security;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.attune.web.account.AccountEntry;
import org.attune.web.account.Accounts;
import org.attune.web.account.ApiTokens;
import org.attune.web.account.Role;
import org.attune.web.error.Problem;
import org.attune.web.view.PageAddress;
import org.attune.web.view.Redirect;

/**
 * Who is asking, on the paths where it matters — and only there. Editors sign in with the form ({@code /login}) or
 * the hospital's single sign-on, and are known by their session on {@code /editor} (anyone else is sent to sign in;
 * someone signed in without an editor role is refused); scripts and a hospital's tools use HTTP Basic or an API
 * token ({@code Authorization: Bearer}, {@link ApiTokens}) on {@code /api/}, checked on every request, with no
 * session. A token opens nothing else: on {@code /editor} only the session counts. The pages and the API then see the person as the
 * request's principal and roles ({@link SignedInRequest}).
 *
 * <p>Readers' pages are not on these paths: readers are never asked anything, never get a session, and their
 * requests pass no authentication at all. (Jakarta Security's authentication mechanism would run on every request
 * of the application, readers' too, and on Payara that alone divides the rate at which pages can be served by about
 * five: see BENCHMARKS.md. The identity stores, the password hashing and the role mapping remain Jakarta Security's.)
 */
@WebFilter(urlPatterns = {"/editor", "/editor/*", "/api/*", "/login", "/logout"})
public class EditorAuthentication extends HttpFilter {

    static final String API_PATH = "/api/";
    private static final String EDITOR_PATH = "/editor";

    /** One's own account: the one editor page open to someone signed in with a temporary password. */
    public static final String OWN_ACCOUNT = "/editor/me";

    /** The authentication scheme of API tokens (RFC 6750), and the request's auth type when one is used. */
    static final String BEARER = "Bearer";

    @Inject
    PasswordSignIn passwords;

    @Inject
    ApiTokens tokens;

    @Inject
    SignInThrottle throttle;

    @Inject
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = PageAddress.pathWithinApplication(request);
        if (path.startsWith(API_PATH)) {
            String header = request.getHeader("Authorization");
            if (header != null && BEARER.equalsIgnoreCase(scheme(header))) {
                bearer(header.strip().substring(BEARER.length()).strip(), request, response, chain);
            } else {
                basic(request, response, chain);
            }
            return;
        }
        HttpSession session = request.getSession(false);
        SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SignedIn.SESSION_ATTRIBUTE);
        boolean editorPage = path.equals(EDITOR_PATH) || path.startsWith(EDITOR_PATH + "/");
        if (signedIn == null) {
            if (editorPage) {
                // a relative Location, never built from the Host header
                Redirect.to(
                        request,
                        response,
                        HttpServletResponse.SC_FOUND,
                        "/login?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (editorPage
                && signedIn.groups().stream().noneMatch(g -> Role.byName(g).isPresent())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (editorPage) {
            // an account disabled since its sign-in is signed out at once; a temporary password is replaced first
            Accounts.Standing standing = accounts.standing(signedIn.username());
            if (standing == Accounts.Standing.DISABLED) {
                session.invalidate();
                Redirect.to(request, response, HttpServletResponse.SC_FOUND, "/login");
                return;
            }
            if (standing == Accounts.Standing.MUST_CHANGE_PASSWORD && !path.equals(OWN_ACCOUNT)) {
                Redirect.to(request, response, HttpServletResponse.SC_SEE_OTHER, OWN_ACCOUNT);
                return;
            }
        }
        chain.doFilter(
                new SignedInRequest(request, signedIn.username(), signedIn.groups(), HttpServletRequest.FORM_AUTH),
                response);
    }

    private void basic(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            chain.doFilter(request, response);
            return;
        }
        UsernamePasswordCredential credential =
                BasicCredentials.parse(header.substring(6).strip());
        if (credential == null) {
            new Problem(401, "Unauthorized", "the Authorization header is not valid Basic").send(response);
            return;
        }
        PasswordSignIn.Outcome outcome = passwords.check(credential, request.getRemoteAddr(), "API");
        if (outcome.isLocked()) {
            tooMany(response, outcome.waitFor(), "too many failed sign-ins");
            return;
        }
        if (!outcome.isSignedIn()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Attune\", charset=\"UTF-8\"");
            new Problem(401, "Unauthorized", "unknown username or wrong password").send(response);
            return;
        }
        if (accounts.standing(outcome.username()) == Accounts.Standing.MUST_CHANGE_PASSWORD) {
            new Problem(
                            403,
                            "Forbidden",
                            "this password was reset by an administrator: sign in at /login and choose your own first")
                    .send(response);
            return;
        }
        accounts.signedIn(outcome.username(), outcome.roles(), AccountEntry.Source.DIRECTORY);
        chain.doFilter(
                new SignedInRequest(request, outcome.username(), outcome.roles(), HttpServletRequest.BASIC_AUTH),
                response);
    }

    /**
     * A call carrying an API token ({@code Authorization: Bearer attune_…}), on {@code /api/} only: the token's
     * account with its roles of the moment, or 401 for a token that is malformed, unknown, expired or revoked or whose
     * account has gone (no password hashing either way: one lookup by the token's SHA-256). Failures count against the
     * address ({@link SignInThrottle#failedFrom}); while it is watched, its tokens get 429 without a lookup.
     */
    private void bearer(String token, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String address = request.getRemoteAddr();
        Duration wait = throttle.addressWait(address);
        if (!wait.isZero()) {
            tooMany(response, wait, "too many refused credentials from this address");
            return;
        }
        Optional<ApiTokens.Caller> caller = tokens.caller(token);
        if (caller.isEmpty()) {
            throttle.failedFrom(address);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Attune\", error=\"invalid_token\"");
            new Problem(401, "Unauthorized", "the API token is not valid: unknown, expired or revoked").send(response);
            return;
        }
        chain.doFilter(
                new SignedInRequest(
                        request, caller.get().username(), caller.get().roles(), BEARER),
                response);
    }

    /** 429 with {@code Retry-After}: the wait in whole seconds, at least one, said in the detail too. */
    private static void tooMany(HttpServletResponse response, Duration wait, String what) throws IOException {
        long seconds = Math.max(1, wait.toSeconds());
        response.setHeader("Retry-After", String.valueOf(seconds));
        new Problem(429, "Too Many Requests", what + "; try again in " + seconds + " seconds").send(response);
    }

    /** The scheme of an {@code Authorization} header's value: its first word. */
    private static String scheme(String header) {
        String value = header.strip();
        int space = value.indexOf(' ');
        return space < 0 ? value : value.substring(0, space);
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
