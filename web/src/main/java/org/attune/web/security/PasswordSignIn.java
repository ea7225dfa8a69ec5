package org.attune.web.security;

import java.time.Duration;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;

import org.attune.content.workflow.Editor;
import org.attune.content.workflow.Usernames;
import org.attune.web.account.Accounts;
import org.attune.web.audit.AuditAction;
import org.attune.web.audit.AuditLog;

/**
 * Checks a username and password — typed in the sign-in form or sent with HTTP Basic — against the identity
 * stores (Attune's accounts, the hospital's directory), slowed down by {@link SignInThrottle} and audited. A person
 * whose account of Attune's own is disabled is not signed in, whichever store vouches for them.
 */
@ApplicationScoped
class PasswordSignIn {

    private static final Logger LOG = Logger.getLogger(PasswordSignIn.class.getName());

    /** What came of a sign-in: the person and their roles, a refusal, or a wait imposed after too many failures. */
    record Outcome(String username, Set<String> roles, Duration waitFor) {

        static Outcome refused() {
            return new Outcome(null, Set.of(), Duration.ZERO);
        }

        boolean isSignedIn() {
            return username != null;
        }

        boolean isLocked() {
            return !waitFor.isZero();
        }
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    RoleMapping roleMapping;

    @Inject
    Accounts accounts;

    /**
     * The username is taken in its normal form ({@link Usernames}: {@code " DirMax "} is {@code dirmax}) for the
     * throttle, the identity stores and the audit log; the person signed in is the one the identity store names.
     *
     * @param how how the sign-in came ("form", "API"), for the audit log
     */
    Outcome check(UsernamePasswordCredential credential, String address, String how) {
        String caller = Usernames.normalise(credential.getCaller());
        SignInThrottle.Attempt attempt = throttle.reserve(caller, address);
        if (!attempt.isAllowed()) {
            audit.record(caller, AuditAction.SIGN_IN_LOCKED, caller, how + ", from " + address);
            return new Outcome(null, Set.of(), attempt.waitFor());
        }
        boolean signedIn = false;
        try {
            CredentialValidationResult result =
                    identityStores.validate(new UsernamePasswordCredential(caller, credential.getPassword()));
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                audit.record(caller, AuditAction.SIGN_IN_FAILED, caller, how + ", from " + address);
                return Outcome.refused();
            }
            String username = Usernames.normalise(result.getCallerPrincipal().getName());
            if (username.length() > Editor.MAX_NAME_LENGTH) {
                // a directory entry whose username the history could not record: refused, never a failure later
                LOG.warning(() -> "Sign-in refused: the directory names the person with " + username.length()
                        + " characters, more than the " + Editor.MAX_NAME_LENGTH + " a username may have");
                audit.record(
                        caller, AuditAction.SIGN_IN_FAILED, caller, how + ", from " + address + ": username too long");
                return Outcome.refused();
            }
            if (accounts.standing(username) == Accounts.Standing.DISABLED) {
                // one namespace, one person: a disabled account is not signed in by the directory either
                audit.record(
                        caller, AuditAction.SIGN_IN_FAILED, caller, how + ", from " + address + ": account disabled");
                return Outcome.refused();
            }
            signedIn = true;
            return new Outcome(username, roleMapping.rolesOf(result), Duration.ZERO);
        } finally {
            // every attempt the throttle let through is ended, whatever happened while it was checked
            if (signedIn) {
                throttle.succeeded(attempt);
            } else {
                throttle.failed(attempt);
            }
        }
    }
}
