package org.attune.web.api;

import java.net.URI;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.attune.web.account.ApiToken;
import org.attune.web.account.ApiTokens;
import org.attune.web.account.TokenException;
import org.attune.web.view.CanonicalUrls;

/**
 * {@code /api/v1/users/me/tokens}: the signed-in person's API tokens. {@code GET} lists them (never the tokens
 * themselves), {@code POST {"name": …, "days": 1…365}} makes one and answers it once, {@code DELETE …/{id}} revokes
 * one. Making a token needs the password (HTTP Basic): a token cannot make more tokens, so revoking a leaked one ends
 * what it can do.
 */
@Path("users/me/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    /** The request's auth type when the call carries an API token (as the authentication filter sets it). */
    static final String BEARER = "Bearer";

    @Inject
    ApiTokens tokens;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    CanonicalUrls addresses;

    /** {@code [{"id", "name", "created", "expires", "lastUsed", "revoked", "state"}, …]}, newest first. */
    @GET
    public Response listTokens() {
        String me = caller();
        JsonArrayBuilder list = Json.createArrayBuilder();
        Instant now = Instant.now();
        tokens.of(me).forEach(t -> list.add(json(t, now)));
        return Response.ok(list.build().toString()).cacheControl(noStore()).build();
    }

    /**
     * Body {@code {"name": "nightly import", "days": 90}} ({@code days} optional: the deployment's default) → 201 with
     * the token's {@code Location} and the token once, as {@code "token"}; 400 for a bad name or number of days, 403
     * when the call itself carries a token or the person has no account of Attune's own.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createToken(String body) {
        String me = caller();
        if (BEARER.equals(servletRequest.getAuthType())) {
            throw ProblemException.forbidden("a token cannot make tokens: sign in with your password (HTTP Basic)");
        }
        JsonObject request = JsonBody.object(body, "{\"name\": \"nightly import\"}");
        String name = request.get("name") instanceof JsonString s ? s.getString() : null;
        int days = days(request.get("days"));
        try {
            ApiTokens.Created created = tokens.create(me, name, days);
            JsonObject json = json(created.token(), Instant.now())
                    .add("token", created.secret())
                    .build();
            return Response.created(URI.create(addresses.forPath(
                            servletRequest,
                            "/api/v1/users/me/tokens/" + created.token().id())))
                    .entity(json.toString())
                    .cacheControl(noStore())
                    .build();
        } catch (TokenException e) {
            throw e.reason() == TokenException.Reason.NO_ACCOUNT
                    ? ProblemException.forbidden(e.getMessage())
                    : ProblemException.badRequest(e.getMessage());
        }
    }

    /** Revokes the token → 204; 404 when the person has no token {@code id}. Revoking twice is 204 again. */
    @DELETE
    @Path("{id}")
    public Response revokeToken(@PathParam("id") String id) {
        String me = caller();
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw notFound(id);
        }
        if (!tokens.revoke(me, number)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    private String caller() {
        if (security.getUserPrincipal() == null) {
            throw ProblemException.unauthorized();
        }
        return security.getUserPrincipal().getName();
    }

    private int days(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return tokens.defaultDays();
        }
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            throw ProblemException.badRequest("\"days\" must be a whole number from 1 to " + tokens.maxDays());
        }
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw ProblemException.badRequest("\"days\" must be a whole number from 1 to " + tokens.maxDays());
        }
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(404, "Not Found", "you have no token " + id);
    }

    private static JsonObjectBuilder json(ApiToken token, Instant now) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", token.id())
                .add("name", token.name())
                .add("created", token.created().toString())
                .add("expires", token.expires().toString());
        json.add(
                "lastUsed",
                token.lastUsed() == null
                        ? JsonValue.NULL
                        : Json.createValue(token.lastUsed().toString()));
        json.add(
                "revoked",
                token.revoked() == null
                        ? JsonValue.NULL
                        : Json.createValue(token.revoked().toString()));
        return json.add("state", token.state(now).code());
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
