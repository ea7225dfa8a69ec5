package org.attune.web.publishing;

import java.sql.SQLException;
import java.util.Set;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

import org.attune.web.error.Causes;
import org.hibernate.StaleStateException;

/**
 * Tells a failure that only means "someone else changed this at the same moment" from a real one. Two editors
 * saving or moving the same revision at once both pass the checks made on what they read; the database then lets
 * one win and refuses the other: a version that moved on (optimistic locking), a revision number that exists already
 * (the unique index on slug and number), or a lock it waited too long for.
 */
public final class LostRace {

    /**
     * SQL states of a lost race, on PostgreSQL and H2: unique violation, serialization failure, deadlock, lock not
     * available (PostgreSQL), lock timeout (H2).
     */
    private static final Set<String> RACE_STATES = Set.of("23505", "40001", "40P01", "55P03", "HYT00");

    private LostRace() {}

    /** True when {@code thrown}, or anything that caused it, says another transaction won. */
    public static boolean explains(Throwable thrown) {
        return Causes.of(thrown).anyMatch(LostRace::saysAnotherTransactionWon);
    }

    private static boolean saysAnotherTransactionWon(Throwable t) {
        return t instanceof OptimisticLockException
                || t instanceof PessimisticLockException
                || t instanceof LockTimeoutException
                || t instanceof EntityExistsException
                || t instanceof StaleStateException
                || (t instanceof SQLException sql && RACE_STATES.contains(sql.getSQLState()));
    }
}
