package org.attune.web.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.attune.web.database.Database;

/**
 * Who an account at the hospital's sign-on provider is in Attune ({@code sign_on_subject}): at its first sign-in an
 * account (the provider's issuer and the ID token's {@code sub}, which the provider never gives to another) is bound
 * to the username its token claims; from then on that account is that person, and no other account at the provider
 * is, whatever its username claim says.
 *
 * <p>Why not the {@code sub} itself as the person: it is usually an opaque id, and the history would name nobody a
 * reader recognises; and the username claim alone is not enough: many providers let it be changed or reused, and a
 * second account claiming {@code OLGA} would be {@code olga} to the four-eyes rule.
 */
@ApplicationScoped
class SignOnSubjects {

    private static final Logger LOG = Logger.getLogger(SignOnSubjects.class.getName());
    private static final String SQL_CONSTRAINT_VIOLATION = "23";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /**
     * The username the provider's account {@code subject} is bound to, binding {@code claimed} (in its normal form)
     * at its first sign-in; empty when {@code claimed} is already another account's.
     */
    Optional<String> personFor(String issuer, String subject, String claimed) {
        Optional<String> bound = boundTo(issuer, subject);
        if (bound.isPresent()) {
            if (!bound.get().equals(claimed)) {
                LOG.info(() -> "The sign-on account " + subject + " now claims '" + claimed + "' and signs in as '"
                        + bound.get() + "', the username it was bound to");
            }
            return bound;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO sign_on_subject (issuer, subject, username, bound_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, issuer);
            s.setString(2, subject);
            s.setString(3, claimed);
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            s.executeUpdate();
            return Optional.of(claimed);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith(SQL_CONSTRAINT_VIOLATION)) {
                // the username is another account's, or this account's first sign-in was just bound in parallel
                return boundTo(issuer, subject);
            }
            throw new IllegalStateException("cannot bind the sign-on account " + subject, e);
        }
    }

    private Optional<String> boundTo(String issuer, String subject) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT username FROM sign_on_subject WHERE issuer = ? AND subject = ?")) {
            s.setString(1, issuer);
            s.setString(2, subject);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sign-on account " + subject, e);
        }
    }
}
