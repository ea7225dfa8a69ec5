package org.attune.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules no change of an account may break, so that Attune never locks itself out of its own administration. */
class AccountChangeTest {

    private static final String ADMIN = "ada.admin";

    private static AccountEntry account(String username, boolean disabled, Role... roles) {
        return new AccountEntry(
                username, null, Set.of(roles), disabled, Instant.EPOCH, false, AccountEntry.Source.ATTUNE);
    }

    private static AccountChange disable() {
        return new AccountChange(Optional.empty(), Optional.empty(), Optional.of(true));
    }

    private static AccountChange roles(Role... roles) {
        return new AccountChange(Optional.empty(), Optional.of(Set.of(roles)), Optional.empty());
    }

    @Test
    void anAdministratorCannotDisableThemselvesEvenBesideOtherAdministrators() {
        assertThat(disable().refusal(ADMIN, account(ADMIN, false, Role.ADMIN), 3))
                .contains(AccountChange.Refusal.SELF_DISABLE);
    }

    @Test
    void theLastActiveAdministratorKeepsTheAdminRole() {
        assertThat(roles(Role.REVIEWER).refusal(ADMIN, account(ADMIN, false, Role.ADMIN, Role.REVIEWER), 1))
                .contains(AccountChange.Refusal.LAST_ADMIN);
        assertThat(roles(Role.REVIEWER).refusal(ADMIN, account(ADMIN, false, Role.ADMIN, Role.REVIEWER), 2))
                .as("with another active administrator")
                .isEmpty();
    }

    @Test
    void theLastActiveAdministratorCannotBeDisabledByAnAdministratorFromTheDirectory() {
        assertThat(disable().refusal("dir.admin", account("ana", false, Role.ADMIN), 1))
                .contains(AccountChange.Refusal.LAST_ADMIN);
    }

    @Test
    void anotherAccountIsDisabledAndADisabledOneEnabled() {
        assertThat(disable().refusal(ADMIN, account("rui", false, Role.REVIEWER), 1))
                .isEmpty();
        assertThat(new AccountChange(Optional.empty(), Optional.empty(), Optional.of(false))
                        .refusal(ADMIN, account("rui", true, Role.REVIEWER), 1))
                .isEmpty();
        assertThat(roles(Role.AUTHOR).refusal(ADMIN, account("old.admin", true, Role.ADMIN), 1))
                .as("a disabled administrator is not the last active one")
                .isEmpty();
    }

    @Test
    void anAccountKeepsAtLeastOneRole() {
        assertThat(roles().refusal(ADMIN, account("rui", false, Role.REVIEWER), 2))
                .contains(AccountChange.Refusal.NO_ROLE);
    }

    @Test
    void theDirectorysAndSingleSignOnsAccountsAreReadOnly() {
        AccountEntry fromDirectory = new AccountEntry(
                "dirmax", null, Set.of(Role.AUTHOR), false, Instant.EPOCH, false, AccountEntry.Source.DIRECTORY);

        assertThat(fromDirectory.editable()).isFalse();
        assertThat(roles(Role.REVIEWER).refusal(ADMIN, fromDirectory, 2)).contains(AccountChange.Refusal.NOT_EDITABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dr. Ana Ruiz, MD", "<script>alert(1)</script>", "Zoë Ørsted-Nguyễn, PhD", "", "   "})
    void aDisplayNameIsAnyTextUpToTwoHundredCharacters(String name) {
        assertThat(DisplayNames.isValid(name)).isTrue();
        assertThat(new AccountChange(Optional.of(name), Optional.empty(), Optional.empty())
                        .refusal(ADMIN, account("rui", false, Role.REVIEWER), 1))
                .isEmpty();
    }

    @Test
    void aDisplayNameHasNoControlCharactersAndAtMostTwoHundredCharacters() {
        assertThat(DisplayNames.isValid("Dr. Ana\nRuiz")).isFalse();
        assertThat(DisplayNames.isValid("x".repeat(201))).isFalse();
        assertThat(DisplayNames.isValid("x".repeat(200))).isTrue();
        assertThat(DisplayNames.normalise("  Dr. Ana Ruiz, MD ")).isEqualTo("Dr. Ana Ruiz, MD");
        assertThat(DisplayNames.normalise("   ")).as("blank removes it").isNull();
    }

    @Test
    void aTemporaryPasswordIsLongEnoughAndNeverTheSame() {
        char[] first = Passwords.temporary();

        assertThat(Passwords.problemWith(first)).isNull();
        assertThat(new String(first)).doesNotContainPattern("[0O1lI]");
        assertThat(new String(Passwords.temporary())).isNotEqualTo(new String(first));
    }
}
