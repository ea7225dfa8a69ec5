package org.attune.web.api;

import java.net.URI;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.attune.content.workflow.Usernames;
import org.attune.web.account.Account;
import org.attune.web.account.AccountAdministration;
import org.attune.web.account.AccountChange;
import org.attune.web.account.AccountEntry;
import org.attune.web.account.AccountException;
import org.attune.web.account.Accounts;
import org.attune.web.account.Role;
import org.attune.web.audit.AuditAction;
import org.attune.web.audit.AuditLog;
import org.attune.web.view.CanonicalUrls;

/**
 * {@code /api/v1/users}, for administrators: {@code POST} creates an account, {@code GET} lists everyone who signs in
 * (Attune's own accounts and those the hospital's directory or single sign-on signed in), {@code GET …/{username}}
 * reads one and {@code PATCH …/{username}} changes its display name, roles or whether it is disabled.
 */
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

    @Inject
    AccountAdministration administration;

    /** {@code [{"username", "displayName", "roles", "disabled", "mustChangePassword", "lastSignIn", "source"}, …]}. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list() {
        requireRole(security, Role.ADMIN);
        JsonArrayBuilder list = Json.createArrayBuilder();
        administration.list().forEach(a -> list.add(json(a)));
        return Response.ok(list.build().toString()).build();
    }

    /** One account, as the list shows it; 404 for a username nobody signs in with. */
    @GET
    @Path("{username}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response read(@PathParam("username") String username) {
        requireRole(security, Role.ADMIN);
        return Response.ok(json(administration.find(username).orElseThrow(() -> notFound(username)))
                        .build()
                        .toString())
                .build();
    }

    /**
     * Body {@code {"displayName": "Dr. Ana Ruiz, MD", "roles": ["reviewer"], "disabled": false}}, each field
     * optional ({@code "displayName": null} or {@code ""} removes it) → 200 with the account as it now is; 400 for a
     * malformed body, 404 for an unknown username, 409 when a rule refuses it (the last active administrator, one's
     * own account disabled, an account of the hospital's directory or single sign-on).
     */
    @PATCH
    @Path("{username}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Produces(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("username") String username, String body) {
        requireRole(security, Role.ADMIN);
        JsonObject request = JsonBody.object(
                body, "{\"displayName\": \"Dr. Ana Ruiz, MD\", \"roles\": [\"reviewer\"], \"disabled\": false}");
        for (String field : request.keySet()) {
            if (!field.equals("displayName") && !field.equals("roles") && !field.equals("disabled")) {
                throw ProblemException.badRequest(
                        "unknown field \"" + field + "\": displayName, roles and disabled may be changed");
            }
        }
        Optional<String> displayName = Optional.empty();
        if (request.containsKey("displayName")) {
            JsonValue value = request.get("displayName");
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                displayName = Optional.of("");
            } else if (value instanceof JsonString s) {
                displayName = Optional.of(s.getString());
            } else {
                throw ProblemException.badRequest("\"displayName\" must be a string or null");
            }
        }
        Optional<Set<Role>> roles = request.containsKey("roles") ? Optional.of(roles(request)) : Optional.empty();
        Optional<Boolean> disabled = Optional.empty();
        if (request.containsKey("disabled")) {
            JsonValue value = request.get("disabled");
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw ProblemException.badRequest("\"disabled\" must be true or false");
            }
            disabled = Optional.of(value == JsonValue.TRUE);
        }
        try {
            AccountEntry changed = administration
                    .change(
                            security.getUserPrincipal().getName(),
                            username,
                            new AccountChange(displayName, roles, disabled))
                    .orElseThrow(() -> notFound(username));
            return Response.ok(json(changed).build().toString()).build();
        } catch (AccountException e) {
            throw new ProblemException(
                    e.isConflict() ? 409 : 400, e.isConflict() ? "Conflict" : "Bad Request", e.getMessage());
        }
    }

    private static ProblemException notFound(String username) {
        return new ProblemException(404, "Not Found", "no account signs in as '" + Usernames.normalise(username) + "'");
    }

    private static JsonObjectBuilder json(AccountEntry account) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        account.roles().stream().map(Role::roleName).sorted().forEach(roles::add);
        JsonObjectBuilder json = Json.createObjectBuilder().add("username", account.username());
        if (account.displayName() == null) {
            json.addNull("displayName");
        } else {
            json.add("displayName", account.displayName());
        }
        json.add("roles", roles)
                .add("disabled", account.disabled())
                .add("mustChangePassword", account.mustChangePassword());
        if (account.lastSignIn() == null) {
            json.addNull("lastSignIn");
        } else {
            json.add("lastSignIn", account.lastSignIn().toString());
        }
        return json.add("source", account.source().code()).add("editable", account.editable());
    }

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
        String displayName = null;
        if (request.containsKey("displayName")
                && request.get("displayName").getValueType() != JsonValue.ValueType.NULL) {
            displayName = text(request, "displayName");
        }
        try {
            Account account = accounts.create(username, password.toCharArray(), roles, displayName, false);
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
