package org.attune.web.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.attune.content.workflow.Usernames;
import org.attune.web.audit.AuditAction;
import org.attune.web.audit.AuditLog;
import org.attune.web.content.ArticlesChanged;
import org.attune.web.database.Database;

/**
 * What administrators do with accounts ({@code /editor/accounts}, {@code /api/v1/users}) and what each person does
 * with their own ({@code /editor/me}): list them, change display names, roles and whether an account is disabled
 * (under {@link AccountChange}'s rules, so the last active administrator stays one), reset a password to a temporary
 * one, and change one's own password. Everything is audited. A display name changed moves the content version
 * ({@link ArticlesChanged}), since readers' pages name reviewers by it.
 */
@ApplicationScoped
public class AccountAdministration {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    Event<ArticlesChanged> articlesChanged;

    /** An account just made, and its temporary password, shown this once. */
    public record Created(AccountEntry account, char[] temporaryPassword) {}

    /**
     * {@code actor} (an administrator) creates an account of Attune's own with a temporary password, which its person
     * replaces at their first sign-in: the administrator never chooses, nor knows, the password that stays.
     */
    @Transactional(rollbackOn = AccountException.class)
    public Created create(String actor, String typed, Set<Role> roles, String displayName) throws AccountException {
        char[] temporary = Passwords.temporary();
        String username =
                accounts.create(typed, temporary, roles, displayName, true).username();
        audit.record(actor, AuditAction.ACCOUNT_CREATED, username, "roles " + codes(roles) + ", temporary password");
        return new Created(find(username).orElseThrow(), temporary);
    }

    /** Everyone: Attune's own accounts, then the people the directory or single sign-on signed in, by username. */
    @Transactional
    public List<AccountEntry> list() {
        try (Connection c = dataSource.getConnection()) {
            Map<String, AccountEntry> entries = new LinkedHashMap<>(ours(c, null));
            try (PreparedStatement s = c.prepareStatement(
                            "SELECT username, source, roles, last_sign_in_at FROM hospital_account ORDER BY username");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String username = r.getString(1);
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (String role : r.getString(3).split(",")) {
                        Role.byName(role).ifPresent(roles::add);
                    }
                    entries.putIfAbsent(
                            username,
                            new AccountEntry(
                                    username,
                                    null,
                                    roles,
                                    false,
                                    r.getTimestamp(4).toInstant(),
                                    false,
                                    "sign-on".equals(r.getString(2))
                                            ? AccountEntry.Source.SIGN_ON
                                            : AccountEntry.Source.DIRECTORY));
                }
            }
            return entries.values().stream()
                    .sorted(Comparator.comparing(AccountEntry::username))
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the accounts", e);
        }
    }

    /** One account by username (in any spelling of it), or empty. */
    @Transactional
    public Optional<AccountEntry> find(String username) {
        String name = Usernames.normalise(username);
        return list().stream().filter(a -> a.username().equals(name)).findFirst();
    }

    /**
     * The display names of those of {@code usernames} who have one (accounts of Attune's own), for readers' pages.
     */
    @Transactional
    public Map<String, String> displayNames(Set<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        String marks = usernames.stream().map(u -> "?").collect(Collectors.joining(", "));
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT username, display_name FROM account WHERE username IN (" + marks
                                + ") AND display_name IS NOT NULL")) {
            int i = 1;
            for (String username : usernames) {
                s.setString(i++, username);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.put(r.getString(1), r.getString(2));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read display names", e);
        }
    }

    /**
     * Makes {@code change} to {@code username}'s account for {@code actor} (an administrator), each part audited.
     *
     * @return the account as it now is; empty when there is no such account
     * @throws AccountException when a rule forbids it ({@link AccountChange#refusal})
     */
    @Transactional(rollbackOn = AccountException.class)
    public Optional<AccountEntry> change(String actor, String username, AccountChange change) throws AccountException {
        String name = Usernames.normalise(username);
        try (Connection c = dataSource.getConnection()) {
            // the active administrators are locked while they are counted: two administrators disabling each other at
            // the same moment cannot both pass the last-administrator rule
            long activeAdmins;
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM account WHERE disabled = FALSE AND id IN"
                    + " (SELECT account_id FROM account_role WHERE role = 'admin') FOR UPDATE")) {
                try (ResultSet r = s.executeQuery()) {
                    activeAdmins = 0;
                    while (r.next()) {
                        activeAdmins++;
                    }
                }
            }
            Optional<AccountEntry> found = ours(c, name).values().stream().findFirst();
            if (found.isEmpty()) {
                Optional<AccountEntry> theirs = find(name);
                if (theirs.isPresent()) {
                    throw new AccountException(AccountChange.Refusal.NOT_EDITABLE);
                }
                return Optional.empty();
            }
            AccountEntry target = found.get();
            Optional<AccountChange.Refusal> refusal = change.refusal(Usernames.normalise(actor), target, activeAdmins);
            if (refusal.isPresent()) {
                throw new AccountException(refusal.get());
            }
            if (change.displayName().isPresent()) {
                changeDisplayName(c, actor, target, change.displayName().get());
            }
            if (change.roles().isPresent() && !change.roles().get().equals(target.roles())) {
                setRoles(c, name, change.roles().get());
                audit.record(
                        actor,
                        AuditAction.ACCOUNT_ROLES_CHANGED,
                        name,
                        "roles " + codes(target.roles()) + " → "
                                + codes(change.roles().get()));
            }
            if (change.disabled().isPresent() && change.disabled().get() != target.disabled()) {
                boolean disable = change.disabled().get();
                try (PreparedStatement s = c.prepareStatement("UPDATE account SET disabled = ? WHERE username = ?")) {
                    s.setBoolean(1, disable);
                    s.setString(2, name);
                    s.executeUpdate();
                }
                audit.record(actor, disable ? AuditAction.ACCOUNT_DISABLED : AuditAction.ACCOUNT_ENABLED, name, null);
            }
            return ours(c, name).values().stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change account " + name, e);
        }
    }

    /**
     * Gives {@code username}'s account a new temporary password, shown once to {@code actor} (an administrator) and
     * to be replaced at its next sign-in; empty when there is no such account of Attune's own.
     */
    @Transactional(rollbackOn = AccountException.class)
    public Optional<char[]> resetPassword(String actor, String username) throws AccountException {
        String name = Usernames.normalise(username);
        if (!accounts.exists(name)) {
            if (find(name).isPresent()) {
                throw new AccountException(AccountChange.Refusal.NOT_EDITABLE);
            }
            return Optional.empty();
        }
        char[] temporary = Passwords.temporary();
        try (Connection c = dataSource.getConnection()) {
            accounts.storePassword(c, name, temporary, true);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the password of " + name, e);
        }
        audit.record(actor, AuditAction.PASSWORD_RESET, name, "temporary password, to be changed at next sign-in");
        return Optional.of(temporary);
    }

    /**
     * {@code username} changes their own password: {@code current} must be it, and {@code chosen} an acceptable one
     * that differs from it. A temporary password is then no longer asked to be changed.
     */
    @Transactional(rollbackOn = AccountException.class)
    public void changeOwnPassword(String username, char[] current, char[] chosen) throws AccountException {
        String name = Usernames.normalise(username);
        if (!accounts.exists(name)) {
            throw new AccountException(AccountChange.Refusal.NOT_EDITABLE);
        }
        if (!accounts.isPassword(name, current)) {
            throw new AccountException("the current password is not right", false, "current-password");
        }
        String problem = Passwords.problemWith(chosen);
        if (problem != null) {
            throw new AccountException(problem, false, "password");
        }
        if (Arrays.equals(current, chosen)) {
            throw new AccountException("the new password must differ from the current one", false, "same-password");
        }
        try (Connection c = dataSource.getConnection()) {
            accounts.storePassword(c, name, chosen, false);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change the password of " + name, e);
        }
        audit.record(name, AuditAction.PASSWORD_CHANGED, name, null);
    }

    /** {@code username} changes their own display name (blank: none). */
    @Transactional(rollbackOn = AccountException.class)
    public void changeOwnDisplayName(String username, String displayName) throws AccountException {
        String name = Usernames.normalise(username);
        try (Connection c = dataSource.getConnection()) {
            Optional<AccountEntry> target = ours(c, name).values().stream().findFirst();
            if (target.isEmpty()) {
                throw new AccountException(AccountChange.Refusal.NOT_EDITABLE);
            }
            if (!DisplayNames.isValid(displayName)) {
                throw new AccountException(AccountChange.Refusal.DISPLAY_NAME);
            }
            changeDisplayName(c, name, target.get(), displayName);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change the display name of " + name, e);
        }
    }

    private void changeDisplayName(Connection c, String actor, AccountEntry target, String typed) throws SQLException {
        String displayName = DisplayNames.normalise(typed);
        if (Objects.equals(displayName, target.displayName())) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE account SET display_name = ? WHERE username = ?")) {
            s.setString(1, displayName);
            s.setString(2, target.username());
            s.executeUpdate();
        }
        audit.record(
                actor,
                AuditAction.DISPLAY_NAME_CHANGED,
                target.username(),
                (target.displayName() == null ? "(none)" : "'" + target.displayName() + "'") + " → "
                        + (displayName == null ? "(none)" : "'" + displayName + "'"));
        // readers' pages name reviewers by their display name: every rendered page is stale (after the commit)
        articlesChanged.fire(new ArticlesChanged(List.of()));
    }

    private static void setRoles(Connection c, String username, Set<Role> roles) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM account WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM account_role WHERE account_id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, ?)")) {
            for (Role role : roles) {
                s.setLong(1, id);
                s.setString(2, role.roleName());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static String codes(Set<Role> roles) {
        return roles.stream()
                .map(Role::roleName)
                .collect(Collectors.toCollection(TreeSet::new))
                .toString();
    }

    /** Attune's own accounts (or the one named {@code username}), by username. */
    private static Map<String, AccountEntry> ours(Connection c, String username) throws SQLException {
        Map<String, AccountEntry> entries = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT a.username, a.display_name, a.disabled,"
                + " a.last_sign_in_at, a.must_change_password, r.role FROM account a"
                + " LEFT JOIN account_role r ON r.account_id = a.id"
                + (username == null ? "" : " WHERE a.username = ?") + " ORDER BY a.username")) {
            if (username != null) {
                s.setString(1, username);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String name = r.getString(1);
                    Timestamp last = r.getTimestamp(4);
                    AccountEntry row = new AccountEntry(
                            name,
                            r.getString(2),
                            Role.byName(r.getString(6)).map(Set::of).orElse(Set.of()),
                            r.getBoolean(3),
                            last == null ? null : last.toInstant(),
                            r.getBoolean(5),
                            AccountEntry.Source.ATTUNE);
                    // one row per role: the account once, with every role
                    entries.merge(name, row, AccountAdministration::withRolesOfBoth);
                }
            }
        }
        return entries;
    }

    private static AccountEntry withRolesOfBoth(AccountEntry kept, AccountEntry more) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(kept.roles());
        roles.addAll(more.roles());
        return new AccountEntry(
                kept.username(),
                kept.displayName(),
                roles,
                kept.disabled(),
                kept.lastSignIn(),
                kept.mustChangePassword(),
                kept.source());
    }
}
