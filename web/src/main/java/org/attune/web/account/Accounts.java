package org.attune.web.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;

import org.attune.content.workflow.Usernames;
import org.attune.web.database.Database;

/**
 * The accounts in the application's own database ({@code account}, {@code account_role}), plain JDBC. Usernames
 * are kept in their normal form ({@link Usernames}): {@code ANA} is created and signs in as {@code ana}, and
 * is refused beside her. Passwords are stored only as {@link Passwords} hashes, and checking one costs the same
 * whether the account exists or not ({@link #withPassword}).
 */
@ApplicationScoped
public class Accounts {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Pbkdf2PasswordHash hash;

    /** A hash of no one's password, checked when there is no account, so that both answers take as long. */
    private String noAccountsHash;

    @PostConstruct
    void configureHash() {
        hash.initialize(Passwords.parameters());
        noAccountsHash = hash.generate(Passwords.unguessable());
    }

    /** True when at least one account exists. */
    @Transactional
    public boolean any() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM account");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count accounts", e);
        }
    }

    /**
     * The account whose password this is, or none: a wrong password and an unknown username take the same time
     * (one PBKDF2 verification either way), so the answer's speed does not tell which usernames exist.
     */
    @Transactional
    public Optional<Account> withPassword(String username, char[] password) {
        Optional<StoredAccount> stored = stored(Usernames.normalise(username));
        boolean matches =
                hash.verify(password, stored.map(StoredAccount::passwordHash).orElse(noAccountsHash));
        return matches ? stored.flatMap(StoredAccount::account) : Optional.empty();
    }

    private record StoredAccount(String username, String passwordHash, Set<Role> roles, boolean disabled) {

        /** The account that signs in: none while it is disabled or has no role (checked after the hash, same time). */
        Optional<Account> account() {
            return roles.isEmpty() || disabled ? Optional.empty() : Optional.of(new Account(username, roles));
        }
    }

    private Optional<StoredAccount> stored(String username) {
        if (!Account.isValidUsername(username)) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT a.password_hash, r.role, a.disabled FROM account a"
                        + " LEFT JOIN account_role r ON r.account_id = a.id WHERE a.username = ?")) {
            s.setString(1, username);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            String passwordHash = null;
            boolean disabled = false;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    passwordHash = r.getString(1);
                    Role.byName(r.getString(2)).ifPresent(roles::add);
                    disabled = r.getBoolean(3);
                }
            }
            return passwordHash == null
                    ? Optional.empty()
                    : Optional.of(new StoredAccount(username, passwordHash, roles, disabled));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read account " + username, e);
        }
    }

    /** True when an account's username is {@code username} in any case (an account from before names were normal). */
    private boolean taken(String username) {
        return anyWhere("LOWER(username) = ?", username);
    }

    /** True when Attune holds an account of its own under {@code username} (in its normal form, {@code Usernames}). */
    public boolean exists(String username) {
        return anyWhere("username = ?", username);
    }

    private boolean anyWhere(String condition, String username) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM account WHERE " + condition)) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read account " + username, e);
        }
    }

    /**
     * Creates an account under the normal form of {@code typed} ({@code ANA} becomes {@code ana}, and is taken when
     * {@code ana} exists); the password is hashed here and never stored as given.
     */
    @Transactional(rollbackOn = AccountException.class)
    public Account create(String typed, char[] password, Set<Role> roles) throws AccountException {
        return create(typed, password, roles, null, false);
    }

    /**
     * Creates an account as {@link #create(String, char[], Set)} does, with a display name (null or blank: none) and,
     * when {@code temporary}, a password its person must replace at their first sign-in.
     */
    @Transactional(rollbackOn = AccountException.class)
    public Account create(String typed, char[] password, Set<Role> roles, String displayName, boolean temporary)
            throws AccountException {
        if (!DisplayNames.isValid(displayName)) {
            throw new AccountException(AccountChange.Refusal.DISPLAY_NAME);
        }
        String username = Usernames.normalise(typed);
        if (!Account.isValidUsername(username)) {
            throw new AccountException("a username is 3 to 100 letters, digits or . _ @ -", false, "username");
        }
        if (roles == null || roles.isEmpty()) {
            throw new AccountException(AccountChange.Refusal.NO_ROLE);
        }
        String problem = Passwords.problemWith(password);
        if (problem != null) {
            throw new AccountException(problem, false, "password");
        }
        if (taken(username)) {
            throw new AccountException("the username '" + username + "' is taken", true);
        }
        Account account = new Account(username, roles);
        try (Connection c = dataSource.getConnection()) {
            long id =
                    insertAccount(c, username, hash.generate(password), DisplayNames.normalise(displayName), temporary);
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, ?)")) {
                for (Role role : account.roles()) {
                    s.setLong(1, id);
                    s.setString(2, role.roleName());
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create account " + username, e);
        }
        return account;
    }

    private static long insertAccount(
            Connection c, String username, String passwordHash, String displayName, boolean temporary)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO account (username, password_hash, created_at, display_name, must_change_password)"
                        + " VALUES (?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            s.setString(1, username);
            s.setString(2, passwordHash);
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.setString(4, displayName);
            s.setBoolean(5, temporary);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Where an account stands for signing in, checked on each editor page and HTTP Basic call. */
    public enum Standing {
        /** An account of Attune's own that signs in. */
        ACTIVE,
        /** Signed in with a temporary password: nothing but choosing their own until they have. */
        MUST_CHANGE_PASSWORD,
        /** Disabled by an administrator: signs in nowhere, and its sessions end. */
        DISABLED,
        /** No account of Attune's own: the directory or single sign-on vouches for the person. */
        NOT_OURS
    }

    /** How {@code username}'s account stands (one indexed query). */
    @Transactional
    public Standing standing(String username) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT disabled, must_change_password FROM account WHERE username = ?")) {
            s.setString(1, Usernames.normalise(username));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Standing.NOT_OURS;
                }
                if (r.getBoolean(1)) {
                    return Standing.DISABLED;
                }
                return r.getBoolean(2) ? Standing.MUST_CHANGE_PASSWORD : Standing.ACTIVE;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read account " + username, e);
        }
    }

    /** How often a sign-in is written down: at most once a minute, so HTTP Basic calls in a row write nothing. */
    private static final Duration SIGN_IN_RESOLUTION = Duration.ofMinutes(1);

    /**
     * Notes that {@code username} signed in with {@code roles}: the account's last sign-in, or, for someone the
     * hospital's directory or single sign-on ({@code source}) vouched for, their entry in the list of hospital accounts.
     */
    @Transactional
    public void signedIn(String username, Set<String> roles, AccountEntry.Source source) {
        String name = Usernames.normalise(username);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (Connection c = dataSource.getConnection()) {
            if (exists(name)) {
                try (PreparedStatement s = c.prepareStatement("UPDATE account SET last_sign_in_at = ?"
                        + " WHERE username = ? AND (last_sign_in_at IS NULL OR last_sign_in_at < ?)")) {
                    s.setTimestamp(1, Timestamp.from(now));
                    s.setString(2, name);
                    s.setTimestamp(3, Timestamp.from(now.minus(SIGN_IN_RESOLUTION)));
                    s.executeUpdate();
                }
                return;
            }
            String held = String.join(",", new TreeSet<>(roles));
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE hospital_account SET source = ?, roles = ?," + " last_sign_in_at = ? WHERE username = ?")) {
                s.setString(1, source.code());
                s.setString(2, held);
                s.setTimestamp(3, Timestamp.from(now));
                s.setString(4, name);
                if (s.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO hospital_account (username, source, roles,"
                    + " last_sign_in_at) VALUES (?, ?, ?, ?)")) {
                s.setString(1, name);
                s.setString(2, source.code());
                s.setString(3, held);
                s.setTimestamp(4, Timestamp.from(now));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            // a sign-in is never refused for its bookkeeping (two first sign-ins of one person at once, say)
            Logger.getLogger(Accounts.class.getName())
                    .warning(() -> "The sign-in of " + name + " was not noted: " + e.getMessage());
        }
    }

    /** Stores a new password hash for {@code username}, and whether it is a temporary one. */
    void storePassword(Connection c, String username, char[] password, boolean temporary) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE account SET password_hash = ?, must_change_password = ? WHERE username = ?")) {
            s.setString(1, hash.generate(password));
            s.setBoolean(2, temporary);
            s.setString(3, username);
            s.executeUpdate();
        }
    }

    /** True when {@code password} is {@code username}'s (a PBKDF2 verification, as a sign-in). */
    boolean isPassword(String username, char[] password) {
        Optional<StoredAccount> stored = stored(username);
        return hash.verify(password, stored.map(StoredAccount::passwordHash).orElse(noAccountsHash))
                && stored.isPresent();
    }
}
