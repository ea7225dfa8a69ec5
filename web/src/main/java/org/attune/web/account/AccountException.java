package org.attune.web.account;

/**
 * An account cannot be created or changed as asked: the message says why, in words an administrator can act on, and
 * {@link #code()} names the reason for the pages' messages ({@code accounts.problem.<code>}).
 */
public class AccountException extends Exception {

    private final boolean conflict;
    private final String code;

    AccountException(String message, boolean conflict) {
        this(message, conflict, conflict ? "taken" : "invalid");
    }

    AccountException(String message, boolean conflict, String code) {
        super(message);
        this.conflict = conflict;
        this.code = code;
    }

    AccountException(AccountChange.Refusal refusal) {
        this(
                refusal.words(),
                refusal == AccountChange.Refusal.LAST_ADMIN
                        || refusal == AccountChange.Refusal.SELF_DISABLE
                        || refusal == AccountChange.Refusal.NOT_EDITABLE,
                refusal.code());
    }

    /**
     * True when the request clashes with how things stand (a username taken, the last administrator, one's own
     * account, an account the hospital manages) rather than being malformed.
     */
    public boolean isConflict() {
        return conflict;
    }

    /** The reason, as the last part of its message key: {@code taken}, {@code password}, {@code last-admin}, … */
    public String code() {
        return code;
    }
}
