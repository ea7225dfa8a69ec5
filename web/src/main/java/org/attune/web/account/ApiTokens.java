package org.attune.web.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.attune.content.workflow.Usernames;
import org.attune.web.audit.AuditAction;
import org.attune.web.audit.AuditLog;
import org.attune.web.database.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * People's API tokens ({@code api_token}, plain JDBC): made and revoked by their owner (each audited), and looked up
 * by the SHA-256 of the token a call carries ({@link TokenSecrets}) — one indexed query that also reads the account's
 * roles of the moment, so a role taken from an account is gone from its tokens at once, and a call made with a token
 * costs no password hashing. Only accounts of Attune's own have tokens: a directory or single sign-on account's roles
 * are known only while its password or the provider vouches for it.
 */
@ApplicationScoped
public class ApiTokens {

    /** How often a token's last use is written down: at most once a minute, so calls in a row write nothing. */
    public static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    /** Longest token name, in characters. */
    public static final int MAX_NAME_LENGTH = 100;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    AuditLog audit;

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "attune.api-tokens.default-days", defaultValue = "90")
    int defaultDays;

    @Inject
    @ConfigProperty(name = "attune.api-tokens.max-days", defaultValue = "365")
    int maxDays;

    /** Who a token's call is made by: the account and its roles now (as the security groups name them). */
    public record Caller(String username, Set<String> roles, long tokenId) {

        public Caller {
            roles = Set.copyOf(roles);
        }
    }

    /** A token just made: what the list shows of it, and the token itself, which is never shown again. */
    public record Created(ApiToken token, String secret) {}

    /** Days a new token lasts when its maker does not say. */
    public int defaultDays() {
        return Math.min(defaultDays, maxDays);
    }

    /** Most days a token may last. */
    public int maxDays() {
        return maxDays;
    }

    /**
     * Makes a token for {@code username}'s own account, lasting {@code days} (from 1 to {@link #maxDays()}), named
     * {@code name} (1 to {@value #MAX_NAME_LENGTH} characters, trimmed, no control characters).
     */
    @Transactional(rollbackOn = TokenException.class)
    public Created create(String username, String name, int days) throws TokenException {
        String owner = Usernames.normalise(username);
        String given = checkedName(name);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expires = expiry(now, days, maxDays);
        if (!accounts.exists(owner)) {
            throw new TokenException(
                    TokenException.Reason.NO_ACCOUNT,
                    "API tokens are for accounts of Attune's own; '" + owner + "' signs in through the hospital");
        }
        String secret = TokenSecrets.generate();
        long id;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO api_token (username, name, token_hash, created_at, expires_at)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        new String[] {"id"})) {
            s.setString(1, owner);
            s.setString(2, given);
            s.setString(3, TokenSecrets.hash(secret));
            s.setTimestamp(4, Timestamp.from(now));
            s.setTimestamp(5, Timestamp.from(expires));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store a token of " + owner, e);
        }
        audit.record(owner, AuditAction.TOKEN_CREATED, owner, "token " + id + " '" + given + "', expires " + expires);
        return new Created(new ApiToken(id, given, now, expires, null, null), secret);
    }

    /** {@code username}'s tokens, newest first, revoked and expired ones included. */
    @Transactional
    public List<ApiToken> of(String username) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM api_token"
                                + " WHERE username = ? ORDER BY created_at DESC, id DESC")) {
            s.setString(1, Usernames.normalise(username));
            List<ApiToken> tokens = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tokens.add(new ApiToken(
                            r.getLong(1),
                            r.getString(2),
                            instant(r.getTimestamp(3)),
                            instant(r.getTimestamp(4)),
                            instant(r.getTimestamp(5)),
                            instant(r.getTimestamp(6))));
                }
            }
            return tokens;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tokens of " + username, e);
        }
    }

    /**
     * Revokes {@code username}'s token {@code id}; false when they have no such token. Revoking a revoked token
     * again changes nothing and is true.
     */
    @Transactional
    public boolean revoke(String username, long id) {
        String owner = Usernames.normalise(username);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE api_token SET revoked_at = ? WHERE id = ? AND username = ? AND revoked_at IS NULL")) {
                s.setTimestamp(1, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
                s.setLong(2, id);
                s.setString(3, owner);
                if (s.executeUpdate() == 1) {
                    audit.record(owner, AuditAction.TOKEN_REVOKED, owner, "token " + id);
                    return true;
                }
            }
            try (PreparedStatement s =
                    c.prepareStatement("SELECT COUNT(*) FROM api_token WHERE id = ? AND username = ?")) {
                s.setLong(1, id);
                s.setString(2, owner);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1) > 0;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot revoke token " + id + " of " + owner, e);
        }
    }

    /**
     * Who a call carrying {@code token} is made by: empty when the token is not well formed, unknown, expired or
     * revoked, or its account has gone, is disabled or holds no role. One query by the token's hash (unique, indexed), which
     * also reads the account's roles; the token's last use is written at most once a {@link #LAST_USED_RESOLUTION}.
     */
    @Transactional
    public Optional<Caller> caller(String token) {
        if (!TokenSecrets.isWellFormed(token)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            long id = 0;
            String username = null;
            Instant expires = null;
            Instant lastUsed = null;
            boolean revoked = false;
            boolean disabled = false;
            Set<String> roles = new HashSet<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT t.id, t.username, t.expires_at, t.last_used_at, t.revoked_at, r.role, a.disabled"
                            + " FROM api_token t"
                            + " JOIN account a ON a.username = t.username"
                            + " LEFT JOIN account_role r ON r.account_id = a.id WHERE t.token_hash = ?")) {
                s.setString(1, TokenSecrets.hash(token));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        id = r.getLong(1);
                        username = r.getString(2);
                        expires = instant(r.getTimestamp(3));
                        lastUsed = instant(r.getTimestamp(4));
                        revoked = r.getTimestamp(5) != null;
                        Role.byName(r.getString(6)).map(Role::roleName).ifPresent(roles::add);
                        disabled = r.getBoolean(7);
                    }
                }
            }
            if (username == null || revoked || disabled || ApiToken.isExpiredAt(expires, now) || roles.isEmpty()) {
                return Optional.empty();
            }
            if (lastUsed == null || !lastUsed.plus(LAST_USED_RESOLUTION).isAfter(now)) {
                try (PreparedStatement s = c.prepareStatement("UPDATE api_token SET last_used_at = ? WHERE id = ?")) {
                    s.setTimestamp(1, Timestamp.from(now.truncatedTo(ChronoUnit.SECONDS)));
                    s.setLong(2, id);
                    s.executeUpdate();
                }
            }
            return Optional.of(new Caller(username, roles, id));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up a token", e);
        }
    }

    /** When a token made at {@code now} for {@code days} expires; {@code days} must be 1 to {@code maxDays}. */
    static Instant expiry(Instant now, int days, int maxDays) throws TokenException {
        if (days < 1 || days > maxDays) {
            throw new TokenException(
                    TokenException.Reason.DAYS, "a token lasts from 1 to " + maxDays + " days, not " + days);
        }
        return now.plus(Duration.ofDays(days));
    }

    /** The name trimmed, when it is one a token may have. */
    static String checkedName(String name) throws TokenException {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()
                || stripped.codePointCount(0, stripped.length()) > MAX_NAME_LENGTH
                || stripped.length() > MAX_NAME_LENGTH
                || stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new TokenException(
                    TokenException.Reason.NAME,
                    "a token's name is 1 to " + MAX_NAME_LENGTH + " characters, without control characters");
        }
        return stripped;
    }

    /** True when {@code username} has an account of Attune's own, and so may have tokens. */
    @Transactional
    public boolean canHaveTokens(String username) {
        return accounts.exists(Usernames.normalise(username));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
