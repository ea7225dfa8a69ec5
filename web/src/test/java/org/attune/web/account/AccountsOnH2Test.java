package org.attune.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Event;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import org.attune.web.audit.AuditLog;
import org.attune.web.content.ArticlesChanged;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The account rules as the database keeps them, on an H2 database of the test's own with every migration applied:
 * a disabled account signs in nowhere (password or token) and keeps its history, a reset password must be changed,
 * the last active administrator stays one. The password hash is a stand-in (PBKDF2 is Jakarta Security's, tested there).
 */
class AccountsOnH2Test {

    private static final char[] PASSWORD = "a long enough password".toCharArray();

    private Accounts accounts;
    private AccountAdministration administration;
    private ApiTokens tokens;
    private final List<ArticlesChanged> changes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void emptyDatabase() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:accounts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure(Accounts.class.getClassLoader())
                .dataSource(h2)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        AuditLog audit = new AuditLog();
        setField(audit, "dataSource", h2);
        accounts = new Accounts();
        accounts.dataSource = h2;
        accounts.hash = new StandInHash();
        accounts.configureHash();
        administration = new AccountAdministration();
        administration.dataSource = h2;
        administration.accounts = accounts;
        administration.audit = audit;
        administration.articlesChanged = recording(changes);
        tokens = new ApiTokens();
        tokens.dataSource = h2;
        tokens.audit = audit;
        tokens.accounts = accounts;
        tokens.maxDays = 365;
        tokens.defaultDays = 90;
    }

    @Test
    void aDisabledAccountSignsInWithNeitherItsPasswordNorItsTokensAndIsListedStill() throws Exception {
        accounts.create("ada", PASSWORD, Set.of(Role.ADMIN));
        accounts.create("rui", PASSWORD, Set.of(Role.REVIEWER));
        String token = tokens.create("rui", "ci", 30).secret();
        assertThat(accounts.withPassword("rui", PASSWORD)).isPresent();
        assertThat(tokens.caller(token)).isPresent();

        administration.change("ada", "rui", new AccountChange(Optional.empty(), Optional.empty(), Optional.of(true)));

        assertThat(accounts.withPassword("rui", PASSWORD))
                .as("the right password")
                .isEmpty();
        assertThat(tokens.caller(token)).as("its token").isEmpty();
        assertThat(accounts.standing("rui")).isEqualTo(Accounts.Standing.DISABLED);
        assertThat(administration.find("rui"))
                .hasValueSatisfying(a -> assertThat(a.disabled()).isTrue());

        administration.change("ada", "rui", new AccountChange(Optional.empty(), Optional.empty(), Optional.of(false)));
        assertThat(accounts.withPassword("rui", PASSWORD)).as("enabled again").isPresent();
        assertThat(tokens.caller(token)).isPresent();
    }

    @Test
    void aResetPasswordSignsInOnlyToBeChanged() throws Exception {
        accounts.create("ada", PASSWORD, Set.of(Role.ADMIN));
        accounts.create("rui", PASSWORD, Set.of(Role.REVIEWER));

        char[] temporary = administration.resetPassword("ada", "rui").orElseThrow();

        assertThat(accounts.withPassword("rui", PASSWORD))
                .as("the old password")
                .isEmpty();
        assertThat(accounts.withPassword("rui", temporary)).isPresent();
        assertThat(accounts.standing("rui")).isEqualTo(Accounts.Standing.MUST_CHANGE_PASSWORD);
        assertThatThrownBy(() -> administration.changeOwnPassword("rui", "not it at all".toCharArray(), PASSWORD))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("current password");
        assertThatThrownBy(() -> administration.changeOwnPassword("rui", temporary, temporary))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("differ");

        administration.changeOwnPassword("rui", temporary, "his very own new one".toCharArray());

        assertThat(accounts.standing("rui")).isEqualTo(Accounts.Standing.ACTIVE);
        assertThat(accounts.withPassword("rui", temporary)).isEmpty();
        assertThat(accounts.withPassword("rui", "his very own new one".toCharArray()))
                .isPresent();
    }

    @Test
    void theLastActiveAdministratorCannotBeDemotedNorDisabledUntilThereIsAnother() throws Exception {
        accounts.create("ada", PASSWORD, Set.of(Role.ADMIN, Role.REVIEWER));
        accounts.create("ben", PASSWORD, Set.of(Role.AUTHOR));
        AccountChange demote =
                new AccountChange(Optional.empty(), Optional.of(Set.of(Role.REVIEWER)), Optional.empty());

        assertThatThrownBy(() -> administration.change("ada", "ada", demote))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.code()).isEqualTo("last-admin"));
        assertThat(administration.find("ada").orElseThrow().roles()).contains(Role.ADMIN);

        administration.change(
                "ada", "ben", new AccountChange(Optional.empty(), Optional.of(Set.of(Role.ADMIN)), Optional.empty()));
        administration.change("ada", "ada", demote);

        assertThat(administration.find("ada").orElseThrow().roles()).containsExactly(Role.REVIEWER);
        assertThatThrownBy(() -> administration.change(
                        "ben", "ben", new AccountChange(Optional.empty(), Optional.empty(), Optional.of(true))))
                .isInstanceOfSatisfying(
                        AccountException.class, e -> assertThat(e.code()).isEqualTo("self-disable"));
    }

    @Test
    void aDisplayNameNamesTheReviewerForReadersAndMakesEveryPageStale() throws Exception {
        accounts.create("rui.reviewer", PASSWORD, Set.of(Role.REVIEWER));
        assertThat(administration.displayNames(Set.of("rui.reviewer"))).isEmpty();

        administration.changeOwnDisplayName("rui.reviewer", "  Dr. Rui Costa, MD ");

        assertThat(administration.displayNames(Set.of("rui.reviewer", "nobody")))
                .isEqualTo(Map.of("rui.reviewer", "Dr. Rui Costa, MD"));
        assertThat(changes).containsExactly(new ArticlesChanged(List.of()));
        administration.changeOwnDisplayName("rui.reviewer", "Dr. Rui Costa, MD");
        assertThat(changes).as("the same name again changes nothing").hasSize(1);
    }

    @Test
    void theDirectorysPeopleAreListedFromTheirLastSignInAndReadOnly() throws Exception {
        accounts.create("ada", PASSWORD, Set.of(Role.ADMIN));
        accounts.signedIn("dirmax", Set.of("author"), AccountEntry.Source.DIRECTORY);
        accounts.signedIn("dirmax", Set.of("author", "reviewer"), AccountEntry.Source.DIRECTORY);
        accounts.signedIn("ada", Set.of("admin"), AccountEntry.Source.DIRECTORY);

        List<AccountEntry> listed = administration.list();

        assertThat(listed).extracting(AccountEntry::username).containsExactly("ada", "dirmax");
        assertThat(listed.get(0).source()).isEqualTo(AccountEntry.Source.ATTUNE);
        assertThat(listed.get(0).lastSignIn()).isNotNull();
        assertThat(listed.get(1).source()).isEqualTo(AccountEntry.Source.DIRECTORY);
        assertThat(listed.get(1).roles()).containsExactlyInAnyOrder(Role.AUTHOR, Role.REVIEWER);
        assertThatThrownBy(() -> administration.change(
                        "ada", "dirmax", new AccountChange(Optional.empty(), Optional.empty(), Optional.of(true))))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.code()).isEqualTo("not-editable");
                    assertThat(e.isConflict())
                            .as("409 in the API: it is not malformed")
                            .isTrue();
                });
        assertThat(administration.resetPassword("ada", "nobody")).isEmpty();
    }

    /** A stand-in for PBKDF2: the password with a mark, compared exactly. */
    private static final class StandInHash implements Pbkdf2PasswordHash {
        @Override
        public void initialize(Map<String, String> parameters) {}

        @Override
        public String generate(char[] password) {
            return "stand-in:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            return generate(password).equals(hashedPassword);
        }
    }

    @SuppressWarnings("unchecked")
    private static Event<ArticlesChanged> recording(List<ArticlesChanged> fired) {
        return (Event<ArticlesChanged>) Proxy.newProxyInstance(
                Event.class.getClassLoader(), new Class<?>[] {Event.class}, (proxy, method, args) -> {
                    if (method.getName().equals("fire")) {
                        fired.add((ArticlesChanged) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static void setField(Object target, String name, Object value) {
        try {
            var field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
