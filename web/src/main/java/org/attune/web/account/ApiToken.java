package org.attune.web.account;

import java.time.Instant;

/**
 * One of a person's API tokens as their list shows it (never the token itself, which is shown once, when made).
 *
 * @param lastUsed when it last opened the API, to the minute ({@link ApiTokens#LAST_USED_RESOLUTION}); null if never
 * @param revoked  when it was revoked; null while it is not
 */
public record ApiToken(long id, String name, Instant created, Instant expires, Instant lastUsed, Instant revoked) {

    /** Where a token stands. */
    public enum State {
        ACTIVE,
        EXPIRED,
        REVOKED;

        /** Its name in the API and the message keys: {@code active}, {@code expired}, {@code revoked}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public State state(Instant now) {
        if (revoked != null) {
            return State.REVOKED;
        }
        return isExpiredAt(expires, now) ? State.EXPIRED : State.ACTIVE;
    }

    /** A token expiring at {@code expires} no longer opens anything at {@code now} (nor at the very instant). */
    static boolean isExpiredAt(Instant expires, Instant now) {
        return !now.isBefore(expires);
    }
}
