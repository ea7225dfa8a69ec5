package org.attune.web.security;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.attune.web.Http;
import org.attune.web.PayaraOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A hospital's OpenID Connect provider, in process (the JDK's HTTP server, tokens signed with Nimbus JOSE), started
 * before the test class's Payara Micro, which is pointed at it with the documented {@code attune.oidc.*} settings.
 * It does what a provider does for the authorization-code flow: discovery, its signing keys, a sign-in form, one-use
 * codes bound to the client, the redirect address and the PKCE challenge, and signed ID tokens carrying the nonce.
 *
 * <p>People (password {@link #PASSWORD}): Olga (group clinical-authors), Ravi (medical-board), Noor (visitors, a
 * group mapped to no role), Mallory, whose ID token is signed with a key the provider does not publish, as a
 * forged token would be, and another account, {@code olga.k} (author and reviewer), whose username claim reads
 * {@code OLGA}.
 *
 * <p>Declare it before the {@code ArquillianExtension} (Arquillian reads the Payara options once, when it starts).
 */
public class HospitalIdentityProvider implements BeforeAllCallback, AfterAllCallback {

    public static final String PASSWORD = "sso-password-1";
    static final String CLIENT_ID = "attune-intranet";
    static final String CLIENT_SECRET = "client-secret-1";
    public static final String NAME = "Northfield";

    private static final Map<String, List<String>> GROUPS = Map.of(
            "olga", List.of("staff", "clinical-authors"),
            "ravi", List.of("staff", "medical-board"),
            "noor", List.of("visitors"),
            "mallory", List.of("clinical-authors"),
            "olga.k", List.of("clinical-authors", "medical-board"));

    /** The username claim of the people whose claim is not their login name. */
    private static final Map<String, String> CLAIMED_USERNAMES = Map.of("olga.k", "OLGA");

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private HttpServer server;
    private String issuer;
    private RSAKey key;
    private RSAKey unpublishedKey;

    private record Grant(String user, String redirectUri, String nonce, String challenge) {}

    @Override
    public void beforeAll(ExtensionContext context) throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("hospital-1").generate();
        unpublishedKey = new RSAKeyGenerator(2048).keyID("hospital-1").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/hospital";
        server.createContext("/realms/hospital/", this::handle);
        server.start();
        String options = String.join(
                " ",
                "-Dattune.oidc.issuer=" + issuer,
                "-Dattune.oidc.client-id=" + CLIENT_ID,
                "-Dattune.oidc.client-secret=" + CLIENT_SECRET,
                "-Dattune.oidc.scopes=openid,profile,groups",
                "-Dattune.oidc.provider-name=" + NAME,
                "-Dattune.oidc.role.author=clinical-authors",
                "-Dattune.oidc.role.reviewer=medical-board");
        PayaraOptions.addJvmOptions(options);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/realms/hospital".length());
            switch (exchange.getRequestMethod() + " " + path) {
                case "GET /.well-known/openid-configuration" -> json(exchange, 200, discovery());
                case "GET /keys" -> json(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
                case "GET /authorize" ->
                    signInForm(exchange, query(exchange.getRequestURI().getRawQuery()), "");
                case "POST /authorize" -> signIn(exchange, query(body(exchange)));
                case "POST /token" -> token(exchange, query(body(exchange)));
                default -> json(exchange, 404, "{\"error\":\"not_found\"}");
            }
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String discovery() {
        return """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/keys","response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"code_challenge_methods_supported":["S256"],
                 "token_endpoint_auth_methods_supported":["client_secret_basic"]}
                """.formatted(issuer);
    }

    private void signInForm(HttpExchange exchange, Map<String, String> request, String problem) throws IOException {
        if (!CLIENT_ID.equals(request.get("client_id"))
                || !"code".equals(request.get("response_type"))
                || !request.getOrDefault("scope", "").contains("openid")
                || !request.getOrDefault("redirect_uri", "").endsWith("/login/oidc/callback")
                || !"S256".equals(request.get("code_challenge_method"))) {
            html(exchange, 400, "<p>Bad authorization request</p>");
            return;
        }
        StringBuilder hidden = new StringBuilder();
        for (String name : List.of("redirect_uri", "state", "nonce", "code_challenge")) {
            hidden.append("<input type=\"hidden\" name=\"")
                    .append(name)
                    .append("\" value=\"")
                    .append(request.get(name).replace("&", "&amp;").replace("\"", "&quot;"))
                    .append("\">");
        }
        html(exchange, 200, """
                <!DOCTYPE html><html><head><title>Northfield sign-in</title></head><body>
                <h1>Northfield</h1><p class="problem">%s</p>
                <form method="post" action="authorize">%s
                <label>Username <input id="username" name="username"></label>
                <label>Password <input id="password" name="password" type="password"></label>
                <button id="sign-in" type="submit">Sign in</button>
                <button id="cancel" type="submit" name="cancel" value="1">Cancel</button>
                </form></body></html>
                """.formatted(problem, hidden));
    }

    private void signIn(HttpExchange exchange, Map<String, String> form) throws IOException {
        String back =
                form.get("redirect_uri") + "?state=" + URLEncoder.encode(form.get("state"), StandardCharsets.UTF_8);
        if (form.containsKey("cancel")) {
            redirect(exchange, back + "&error=access_denied");
            return;
        }
        String user = form.getOrDefault("username", "");
        if (!GROUPS.containsKey(user) || !PASSWORD.equals(form.get("password"))) {
            form.put("client_id", CLIENT_ID);
            form.put("response_type", "code");
            form.put("scope", "openid");
            form.put("code_challenge_method", "S256");
            signInForm(exchange, form, "Wrong username or password");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(user, form.get("redirect_uri"), form.get("nonce"), form.get("code_challenge")));
        redirect(exchange, back + "&code=" + code);
    }

    private void token(HttpExchange exchange, Map<String, String> form) throws IOException, JOSEException {
        String client = Http.basic(CLIENT_ID, CLIENT_SECRET);
        if (!client.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        if (grant == null
                || !"authorization_code".equals(form.get("grant_type"))
                || !grant.redirectUri().equals(form.get("redirect_uri"))
                || !grant.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(UUID.nameUUIDFromBytes(grant.user().getBytes(StandardCharsets.UTF_8))
                        .toString())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", grant.nonce())
                .claim("preferred_username", CLAIMED_USERNAMES.getOrDefault(grant.user(), grant.user()))
                .claim("groups", GROUPS.get(grant.user()))
                .build();
        SignedJWT idToken = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("hospital-1").build(), claims);
        idToken.sign(new RSASSASigner(grant.user().equals("mallory") ? unpublishedKey : key));
        json(
                exchange,
                200,
                "{\"access_token\":\"%s\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\"%s\"}"
                        .formatted(UUID.randomUUID(), idToken.serialize()));
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                values.put(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", URI.create(location).toASCIIString());
        exchange.sendResponseHeaders(302, -1);
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "application/json", body);
    }

    private static void html(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
