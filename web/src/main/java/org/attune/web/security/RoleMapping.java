package org.attune.web.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;

import org.attune.web.account.Role;

/**
 * Turns the groups a sign-in comes back with into Attune's roles. An Attune account's groups are its roles. A
 * directory account's groups count only as the hospital maps them ({@code attune.ldap.role.author},
 * {@code …reviewer}, {@code …admin}: comma-separated group names): a directory group that happens to be called
 * "admin" grants nothing by its name. The groups a hospital's single sign-on names are mapped the same way, by
 * {@code attune.oidc.role.*}.
 */
@ApplicationScoped
public class RoleMapping {

    /** The roles of a valid sign-in, as Jakarta Security group names. */
    public Set<String> rolesOf(CredentialValidationResult result) {
        boolean fromDirectory =
                result.getCallerDn() != null && !result.getCallerDn().isBlank();
        return rolesOf(result.getCallerGroups(), fromDirectory, hospitalGroups("attune.ldap.role."));
    }

    /** The roles of someone the hospital's single sign-on vouches for, by {@code attune.oidc.role.*}. */
    public Set<String> rolesOfSignOnGroups(Collection<String> groups) {
        return rolesOf(Set.copyOf(groups), true, hospitalGroups("attune.oidc.role."));
    }

    static Set<String> rolesOf(Set<String> groups, boolean fromDirectory, Map<Role, Set<String>> directoryGroups) {
        Set<String> roles = new LinkedHashSet<>();
        for (Role role : Role.values()) {
            boolean granted = fromDirectory
                    ? groups.stream().anyMatch(directoryGroups.getOrDefault(role, Set.of())::contains)
                    : groups.contains(role.roleName());
            if (granted) {
                roles.add(role.roleName());
            }
        }
        return roles;
    }

    private static Map<Role, Set<String>> hospitalGroups(String keyPrefix) {
        Map<Role, Set<String>> mapped = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String names = HospitalSettings.value(keyPrefix + role.roleName()).orElse("");
            mapped.put(
                    role,
                    Arrays.stream(names.split(","))
                            .map(String::strip)
                            .filter(n -> !n.isEmpty())
                            .collect(Collectors.toSet()));
        }
        return mapped;
    }
}
