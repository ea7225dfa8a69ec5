package org.attune.web.account;

/** An account cannot be created as asked: the message says why, in words an administrator can act on. */
public class AccountException extends Exception {

    private final boolean conflict;

    AccountException(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    /** True when the username is taken (rather than the request being malformed). */
    public boolean isConflict() {
        return conflict;
    }
}
