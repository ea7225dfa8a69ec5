package org.attune.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.attune.web.account.Passwords;
import org.attune.web.account.Role;

/**
 * Where sign-ins are checked: the accounts in the application's own database, their passwords verified with
 * Jakarta Security's {@code Pbkdf2PasswordHash} (the parameters {@link Passwords} creates them with), their roles
 * read as the caller's groups.
 */
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "${database.jndiName}", // EL: the name Database.JNDI_NAME resolves to
        callerQuery = "SELECT password_hash FROM account WHERE username = ?",
        groupsQuery = "SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {Passwords.ALGORITHM, Passwords.ITERATIONS, Passwords.SALT_SIZE, Passwords.KEY_SIZE})
@DeclareRoles({Role.AUTHOR_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class AccountIdentityStore {}
