package org.attune.web.security;

import java.security.Principal;
import java.util.Set;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request from someone signed in, as the editor pages and the API see it: who ({@link #getUserPrincipal()}) and
 * their roles ({@link #isUserInRole}), established by {@link EditorAuthentication}.
 */
final class SignedInRequest extends HttpServletRequestWrapper {

    private final Principal caller;
    private final Set<String> roles;
    private final String authType;

    SignedInRequest(HttpServletRequest request, String username, Set<String> roles, String authType) {
        super(request);
        this.caller = new CallerPrincipal(username);
        this.roles = Set.copyOf(roles);
        this.authType = authType;
    }

    @Override
    public Principal getUserPrincipal() {
        return caller;
    }

    @Override
    public String getRemoteUser() {
        return caller.getName();
    }

    @Override
    public boolean isUserInRole(String role) {
        return roles.contains(role);
    }

    @Override
    public String getAuthType() {
        return authType;
    }
}
