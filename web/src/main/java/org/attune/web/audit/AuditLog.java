package org.attune.web.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.attune.web.database.Database;

/**
 * The audit log, kept in the database ({@code audit_event}): who did what, when, to what. Each event is written in
 * a transaction of its own, so a failed sign-in or a refused change is recorded even though nothing else is.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
    private static final int MAX_TEXT = 2000;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, AuditAction action, String subject, String detail) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO audit_event (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)")) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setString(2, cut(actor == null ? "anonymous" : actor, 100));
            s.setString(3, action.name());
            s.setString(4, subject == null ? null : cut(subject, 200));
            s.setString(5, detail == null ? null : cut(detail, MAX_TEXT));
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Audit event " + action + " by " + actor + " could not be stored", e);
            throw new IllegalStateException("the audit log cannot be written", e);
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
