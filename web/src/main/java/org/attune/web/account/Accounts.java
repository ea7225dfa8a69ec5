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

import org.attune.web.config.Database;

/**
 * The accounts in the application's own database ({@code account}, {@code account_role}). Plain JDBC: two small
 * tables that the database identity store also reads with SQL of its own. Passwords are stored only as
 * {@link Passwords} hashes.
 */
@ApplicationScoped
public class Accounts {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configureHash() {
        hash.initialize(Passwords.parameters());
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

    @Transactional
    public Optional<Account> find(String username) {
        if (!Account.isValidUsername(username)) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT r.role FROM account a LEFT JOIN account_role r"
                        + " ON r.account_id = a.id WHERE a.username = ?")) {
            s.setString(1, username);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            boolean found = false;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found = true;
                    Role.byName(r.getString(1)).ifPresent(roles::add);
                }
            }
            return found && !roles.isEmpty() ? Optional.of(new Account(username, roles)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read account " + username, e);
        }
    }

    /** Creates an account; the password is hashed here and never stored as given. */
    @Transactional(rollbackOn = AccountException.class)
    public Account create(String username, char[] password, Set<Role> roles) throws AccountException {
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
        if (find(username).isPresent()) {
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
