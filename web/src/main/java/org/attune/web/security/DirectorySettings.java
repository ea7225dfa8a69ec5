package org.attune.web.security;

import static org.attune.web.security.HospitalSettings.value;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The hospital's directory (LDAP), from MicroProfile Config ({@code attune.ldap.*}), read at each sign-in. Off
 * unless {@code attune.ldap.url} is set; then people sign in with their directory account, and their directory
 * groups become Attune roles through {@link RoleMapping}.
 */
@ApplicationScoped
public class DirectorySettings {

    public boolean isEnabled() {
        return value("attune.ldap.url").isPresent();
    }

    public String getUrl() {
        return value("attune.ldap.url").orElse("ldap://localhost:389/");
    }

    public String getBindDn() {
        return value("attune.ldap.bind-dn").orElse("");
    }

    public String getBindPassword() {
        return value("attune.ldap.bind-password").orElse("");
    }

    public String getCallerSearchBase() {
        return value("attune.ldap.user-search-base").orElse("");
    }

    public String getCallerSearchFilter() {
        return value("attune.ldap.user-filter").orElse("(&(uid=%s)(objectClass=person))");
    }

    /**
     * The attribute of a person's entry that holds their username ({@code uid}; {@code sAMAccountName} in Active
     * Directory): its value, not what was typed, names the person in Attune.
     */
    public String getUsernameAttribute() {
        return value("attune.ldap.username-attribute").orElse("uid");
    }

    public String getGroupSearchBase() {
        return value("attune.ldap.group-search-base").orElse("");
    }

    public String getGroupSearchFilter() {
        return value("attune.ldap.group-filter").orElse("(&(member=%s)(objectClass=groupOfNames))");
    }

    public String getGroupNameAttribute() {
        return value("attune.ldap.group-name-attribute").orElse("cn");
    }
}
