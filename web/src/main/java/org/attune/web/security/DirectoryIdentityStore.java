package org.attune.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.LdapIdentityStoreDefinition;

/**
 * Sign-in with the hospital's directory (LDAP), beside Attune's own accounts: Jakarta Security's LDAP identity
 * store, every setting read from {@link DirectorySettings} ({@code attune.ldap.*}), used for nothing unless
 * {@code attune.ldap.url} is set. Consulted after the database, so the first administrator always signs in.
 */
@LdapIdentityStoreDefinition(
        url = "#{directory.url}",
        bindDn = "#{directory.bindDn}",
        bindDnPassword = "#{directory.bindPassword}",
        callerSearchBase = "#{directory.callerSearchBase}",
        callerSearchFilter = "#{directory.callerSearchFilter}",
        groupSearchBase = "#{directory.groupSearchBase}",
        groupSearchFilter = "#{directory.groupSearchFilter}",
        groupNameAttribute = "#{directory.groupNameAttribute}",
        useForExpression = "#{directory.useFor}",
        priority = 200)
@ApplicationScoped
public class DirectoryIdentityStore {}
