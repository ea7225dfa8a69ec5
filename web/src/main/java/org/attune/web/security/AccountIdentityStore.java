package org.attune.web.security;

import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.attune.web.account.Account;
import org.attune.web.account.Accounts;
import org.attune.web.account.Role;

/**
 * Where sign-ins are checked first: the accounts in the application's own database ({@link Accounts}), the person
 * named by their account's normal username, their roles as the caller's groups.
 *
 * <p>Why not {@code @DatabaseIdentityStoreDefinition}: for a username with no account it answers at once, without
 * hashing, while a wrong password costs a PBKDF2 verification (about 200 ms), so the time of the answer told which
 * usernames exist. {@link Accounts#withPassword} verifies against a hash either way.
 */
@DeclareRoles({Role.AUTHOR_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<Account> account =
                accounts.withPassword(given.getCaller(), given.getPassword().getValue());
        return account.map(AccountIdentityStore::valid).orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult valid(Account account) {
        return new CredentialValidationResult(
                new CallerPrincipal(account.username()),
                account.roles().stream().map(Role::roleName).collect(Collectors.toSet()));
    }

    /** Before the hospital's directory (200), so the first administrator always signs in. */
    @Override
    public int priority() {
        return 70;
    }
}
