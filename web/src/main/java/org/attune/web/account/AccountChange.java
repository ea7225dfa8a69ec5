package org.attune.web.account;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an administrator asks to change of an account: any of its display name, roles and whether it is disabled
 * (each empty when it stays as it is). {@link #refusal} holds the rules no change may break, so that nobody locks the
 * application out of its own administration.
 *
 * @param displayName the new display name, or an empty string to remove it; absent: unchanged
 */
public record AccountChange(Optional<String> displayName, Optional<Set<Role>> roles, Optional<Boolean> disabled) {

    /** Why a change is refused, as a code ({@code accounts.problem.<code>} in the messages) and in words for the API. */
    public enum Refusal {
        /** An administrator cannot disable their own account. */
        SELF_DISABLE("you cannot disable your own account"),
        /** The change would leave no active administrator account of Attune's own. */
        LAST_ADMIN("this is the last active administrator: make another account an administrator first"),
        /** No role left. */
        NO_ROLE("an account needs at least one role: author, reviewer or admin"),
        /** The display name is too long or has control characters. */
        DISPLAY_NAME("a display name has at most " + DisplayNames.MAX_LENGTH + " characters, without control"
                + " characters"),
        /** The account is the directory's or the single sign-on's, managed there. */
        NOT_EDITABLE("this account is managed by the hospital's directory or single sign-on, not in Attune");

        private final String words;

        Refusal(String words) {
            this.words = words;
        }

        /** In words a script's author can act on (the API's problem detail). */
        public String words() {
            return words;
        }

        /** The message key's last part. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public AccountChange {
        roles = roles.map(r -> r.isEmpty() ? Set.<Role>of() : Set.copyOf(EnumSet.copyOf(r)));
    }

    /**
     * Why {@code actor} may not make this change to {@code target}, or empty when they may.
     *
     * @param activeAdmins how many accounts of Attune's own are administrators and not disabled, {@code target}
     *                     included when it is one
     */
    public Optional<Refusal> refusal(String actor, AccountEntry target, long activeAdmins) {
        if (!target.editable()) {
            return Optional.of(Refusal.NOT_EDITABLE);
        }
        if (displayName.isPresent() && !DisplayNames.isValid(displayName.get())) {
            return Optional.of(Refusal.DISPLAY_NAME);
        }
        if (roles.isPresent() && roles.get().isEmpty()) {
            return Optional.of(Refusal.NO_ROLE);
        }
        boolean disabling = disabled.orElse(false) && !target.disabled();
        if (disabling && target.username().equals(actor)) {
            return Optional.of(Refusal.SELF_DISABLE);
        }
        boolean losesAdmin = roles.isPresent() && !roles.get().contains(Role.ADMIN);
        if (target.activeAdmin() && (disabling || losesAdmin) && activeAdmins <= 1) {
            return Optional.of(Refusal.LAST_ADMIN);
        }
        return Optional.empty();
    }

    /** True when the change asks for nothing. */
    public boolean isEmpty() {
        return displayName.isEmpty() && roles.isEmpty() && disabled.isEmpty();
    }
}
