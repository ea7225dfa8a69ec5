package org.attune.web.account;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.attune.web.audit.AuditAction;
import org.attune.web.audit.AuditLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first administrator, created at start-up from {@code ATTUNE_ADMIN_USER} and {@code ATTUNE_ADMIN_PASSWORD}
 * ({@code attune.admin.user}, {@code attune.admin.password}) when no account exists yet. There is never a default
 * password: without both values no account is created and the log says how to create the first one. Once any
 * account exists, the values are ignored.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "attune.admin.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "attune.admin.password")
    Optional<String> password;

    public void createIfNoAccount() {
        if (accounts.any()) {
            return;
        }
        if (user.isEmpty()
                || user.get().isBlank()
                || password.isEmpty()
                || password.get().isEmpty()) {
            LOG.info("No editor account yet: reading works as it is. To write and review articles, start once with"
                    + " ATTUNE_ADMIN_USER and ATTUNE_ADMIN_PASSWORD (at least " + Passwords.MIN_LENGTH
                    + " characters) set, then sign in at /login and create the other accounts.");
            return;
        }
        try {
            String name = accounts.create(user.get(), password.get().toCharArray(), Set.of(Role.ADMIN))
                    .username();
            audit.record("system", AuditAction.ACCOUNT_CREATED, name, "first administrator, from configuration");
            LOG.info(() -> "First administrator '" + name + "' created from ATTUNE_ADMIN_USER/ATTUNE_ADMIN_PASSWORD");
        } catch (AccountException e) {
            LOG.severe(() -> "The first administrator was NOT created from ATTUNE_ADMIN_USER: " + e.getMessage());
        }
    }
}
