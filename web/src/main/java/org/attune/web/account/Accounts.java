package org.attune.web.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
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

    private record StoredAccount(String username, String passwordHash, Set<Role> roles) {

        Optional<Account> account() {
            return roles.isEmpty() ? Optional.empty() : Optional.of(new Account(username, roles));
        }
    }

    private Optional<StoredAccount> stored(String username) {
        if (!Account.isValidUsername(username)) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT a.password_hash, r.role FROM account a"
                        + " LEFT JOIN account_role r ON r.account_id = a.id WHERE a.username = ?")) {
            s.setString(1, username);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            String passwordHash = null;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    passwordHash = r.getString(1);
                    Role.byName(r.getString(2)).ifPresent(roles::add);
                }
            }
            return passwordHash == null
                    ? Optional.empty()
                    : Optional.of(new StoredAccount(username, passwordHash, roles));
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
        String username = Usernames.normalise(typed);
        if (!Account.isValidUsername(username)) {
            throw new AccountException("a username is 3 to 100 letters, digits or . _ @ -", false);
        }
        if (roles == null || roles.isEmpty()) {
            throw new AccountException("an account needs at least one role: author, reviewer or admin", false);
        }
        String problem = Passwords.problemWith(password);
        if (problem != null) {
            throw new AccountException(problem, false);
        }
        if (taken(username)) {
            throw new AccountException("the username '" + username + "' is taken", true);
        }
        Account account = new Account(username, roles);
        try (Connection c = dataSource.getConnection()) {
            long id = insertAccount(c, username, hash.generate(password));
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

    private static long insertAccount(Connection c, String username, String passwordHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO account (username, password_hash, created_at) VALUES (?, ?, ?)", new String[] {"id"})) {
            s.setString(1, username);
            s.setString(2, passwordHash);
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
