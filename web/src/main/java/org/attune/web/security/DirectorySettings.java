package org.attune.web.security;

import static org.attune.web.security.HospitalSettings.value;

/**
 * The hospital's directory (LDAP), from MicroProfile Config ({@code attune.ldap.*}), read at each sign-in. Off
 * unless {@code attune.ldap.url} is set; then people sign in with their directory account, and their directory
 * groups become Attune roles through {@link RoleMapping}.
 *
 * @param usernameAttribute the attribute of a person's entry that holds their username ({@code uid};
 *     {@code sAMAccountName} in Active Directory): its value, not what was typed, names the person in Attune
 */
record DirectorySettings(
        String url,
        String bindDn,
        String bindPassword,
        String callerSearchBase,
        String callerSearchFilter,
        String usernameAttribute,
        String groupSearchBase,
        String groupSearchFilter,
        String groupNameAttribute) {

    static boolean isEnabled() {
        return value("attune.ldap.url").isPresent();
    }

    /** The settings as configured now, each unset one at its default. */
    static DirectorySettings read() {
        return new DirectorySettings(
                value("attune.ldap.url").orElse("ldap://localhost:389/"),
                value("attune.ldap.bind-dn").orElse(""),
                value("attune.ldap.bind-password").orElse(""),
                value("attune.ldap.user-search-base").orElse(""),
                value("attune.ldap.user-filter").orElse("(&(uid=%s)(objectClass=person))"),
                value("attune.ldap.username-attribute").orElse("uid"),
                value("attune.ldap.group-search-base").orElse(""),
                value("attune.ldap.group-filter").orElse("(&(member=%s)(objectClass=groupOfNames))"),
                value("attune.ldap.group-name-attribute").orElse("cn"));
    }

    /** Names the directory, never the service account's password. */
    @Override
    public String toString() {
        return "the directory at " + url;
    }
}
