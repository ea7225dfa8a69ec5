package org.attune.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignOnSubjectsTest {

    private static final String ISSUER = "https://sso.hospital.example/realms/staff";
    private static final String OLGAS_ACCOUNT = "5b1c0f2e-olga";
    private static final String ANOTHER_ACCOUNT = "9d4e7a11-other";

    final SignOnSubjects subjects = new SignOnSubjects();

    @BeforeEach
    void database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:sign-on-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        subjects.dataSource = h2;
    }

    /** A sign-on through the hospital's provider by this account, claiming this username: who it is to Attune. */
    private Optional<String> signOn(String account, String username) {
        return subjects.personFor(ISSUER, account, username);
    }

    @Test
    void anAccountsFirstSignInBindsItsUsernameAndItKeepsIt() {
        assertThat(signOn(OLGAS_ACCOUNT, "olga")).hasValue("olga");
        assertThat(signOn(OLGAS_ACCOUNT, "olga")).hasValue("olga");
        assertThat(signOn(OLGAS_ACCOUNT, "olga.k"))
                .as("renamed at the provider: still the same person")
                .hasValue("olga");
    }

    @Test
    void anotherAccountClaimingABoundUsernameIsNobody() {
        signOn(OLGAS_ACCOUNT, "olga");

        assertThat(signOn(ANOTHER_ACCOUNT, "olga")).isEmpty();
        assertThat(signOn(ANOTHER_ACCOUNT, "ravi")).as("its own, free username").hasValue("ravi");
    }

    @Test
    void eachProviderBindsItsOwnAccounts() {
        signOn(OLGAS_ACCOUNT, "olga");

        assertThat(subjects.personFor("https://new-sso.hospital.example", "olga-at-the-new-provider", "olga"))
                .hasValue("olga");
    }
}
