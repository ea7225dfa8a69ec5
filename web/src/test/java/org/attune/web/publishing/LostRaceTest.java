package org.attune.web.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.Test;

class LostRaceTest {

    @Test
    void anotherEditorsChangeWinningIsALostRaceHoweverItIsWrapped() {
        assertThat(LostRace.explains(new OptimisticLockException("version moved on")))
                .isTrue();
        assertThat(LostRace.explains(new TransactionalException("commit failed", new RollbackException("rolled back") {
                    {
                        initCause(new PersistenceException(
                                "could not execute statement",
                                new SQLException("duplicate key uq_article_revision_slug_number", "23505")));
                    }
                })))
                .isTrue();
        assertThat(LostRace.explains(new PersistenceException(new SQLException("Timeout trying to lock", "HYT00"))))
                .isTrue();
        assertThat(LostRace.explains(new PersistenceException(new SQLException("deadlock detected", "40P01"))))
                .isTrue();
    }

    @Test
    void aRealFailureIsNot() {
        assertThat(LostRace.explains(new PersistenceException(new SQLException("Value too long for column", "22001"))))
                .isFalse();
        assertThat(LostRace.explains(new PersistenceException(new SQLException("NULL not allowed", "23502"))))
                .isFalse();
        assertThat(LostRace.explains(new IllegalStateException("boom"))).isFalse();
        assertThat(LostRace.explains(null)).isFalse();
    }
}
