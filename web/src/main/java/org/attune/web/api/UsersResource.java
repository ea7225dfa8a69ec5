package org.attune.web.api;

import java.net.URI;
import java.util.EnumSet;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.attune.web.account.Account;
import org.attune.web.account.AccountException;
import org.attune.web.account.Accounts;
import org.attune.web.account.Role;
import org.attune.web.audit.AuditAction;
import org.attune.web.audit.AuditLog;
import org.attune.web.view.CanonicalUrls;

/** {@code POST /api/v1/users} (administrators): creates an account. */
@Path("users")
public class UsersResource {

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest servletRequest;

    @Inject
    CanonicalUrls addresses;

    /**
     * Body {@code {"username": …, "password": …, "roles": ["author"|"reviewer"|"admin", …]}} → 201 with the account
     * (never the password) under its normal username ({@code ANA} is created as {@code ana}); 400 for a malformed
     * body, 409 when the username is taken, in any case.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        requireRole(security, Role.ADMIN);
        JsonObject request =
                JsonBody.object(body, "{\"username\": \"ana\", \"password\": \"…\", \"roles\": [\"author\"]}");
        String username = text(request, "username");
        String password = text(request, "password");
        Set<Role> roles = roles(request);
        try {
            Account account = accounts.create(username, password.toCharArray(), roles);
            audit.record(
                    security.getUserPrincipal().getName(),
                    AuditAction.ACCOUNT_CREATED,
                    account.username(),
                    "roles " + roles);
            // the configured public address, or the path: never the request's Host header
            return Response.created(
                            URI.create(addresses.forPath(servletRequest, "/api/v1/users/" + account.username())))
                    .entity(json(account))
                    .build();
        } catch (AccountException e) {
            throw new ProblemException(
                    e.isConflict() ? 409 : 400, e.isConflict() ? "Conflict" : "Bad Request", e.getMessage());
        }
    }

    /** 401 for a caller who has not signed in, 403 for one without the role. */
    static void requireRole(SecurityContext security, Role role) {
        if (security.getUserPrincipal() == null) {
            throw ProblemException.unauthorized();
        }
        if (!security.isUserInRole(role.roleName())) {
            throw ProblemException.forbidden("this needs the " + role.roleName() + " role");
        }
    }

    private static String text(JsonObject request, String name) {
        JsonValue value = request.get(name);
        if (!(value instanceof JsonString s)) {
            throw ProblemException.badRequest("\"" + name + "\" must be a string");
        }
        return s.getString();
    }

    private static Set<Role> roles(JsonObject request) {
        if (!(request.get("roles") instanceof JsonArray array) || array.isEmpty()) {
            throw ProblemException.badRequest("\"roles\" must be a list of author, reviewer or admin");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (JsonValue value : array) {
            String name = value instanceof JsonString s ? s.getString() : String.valueOf(value);
            roles.add(Role.byName(name)
                    .orElseThrow(() ->
                            ProblemException.badRequest("unknown role '" + name + "': author, reviewer or admin")));
        }
        return roles;
    }

    private static String json(Account account) {
        var roles = Json.createArrayBuilder();
        account.roles().stream().map(Role::roleName).sorted().forEach(roles::add);
        return Json.createObjectBuilder()
                .add("username", account.username())
                .add("roles", roles)
                .build()
                .toString();
    }
}
