package org.attune.web.account;

import java.time.Instant;
import java.util.Set;

/**
 * One person in the administrators' list of accounts ({@code /editor/accounts}, {@code GET /api/v1/users}): an
 * account of Attune's own, which an administrator manages, or someone who signed in through the hospital's directory
 * or single sign-on, shown as it was at their last sign-in and managed there, not here.
 *
 * @param displayName the name readers see ("Dr. Ana Ruiz, MD"); null when none is given
 * @param lastSignIn  when they last signed in (to the minute); null if never
 */
public record AccountEntry(
        String username,
        String displayName,
        Set<Role> roles,
        boolean disabled,
        Instant lastSignIn,
        boolean mustChangePassword,
        Source source) {

    /** Where an account lives, and so who manages it. */
    public enum Source {
        /** Attune's own database: an administrator manages it here. */
        ATTUNE,
        /** The hospital's directory (LDAP). */
        DIRECTORY,
        /** The hospital's single sign-on (OpenID Connect). */
        SIGN_ON;

        /** Its name in the API and the message keys: {@code attune}, {@code directory}, {@code sign-on}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public AccountEntry {
        roles = Set.copyOf(roles);
    }

    /** True when an administrator may change it here: an account of Attune's own. */
    public boolean editable() {
        return source == Source.ATTUNE;
    }

    /** True while it may sign in and is an administrator: what the last-administrator rule counts. */
    public boolean activeAdmin() {
        return source == Source.ATTUNE && !disabled && roles.contains(Role.ADMIN);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
