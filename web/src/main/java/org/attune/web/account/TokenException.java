package org.attune.web.account;

/** A token cannot be made as asked: {@link #reason()} says why, the message in words a script's author can act on. */
public class TokenException extends Exception {

    /** Why a token was not made. */
    public enum Reason {
        /** The name is empty, too long or has control characters. */
        NAME,
        /** The number of days is outside 1 to the most allowed. */
        DAYS,
        /** The person has no account of Attune's own (they sign in through the directory or single sign-on). */
        NO_ACCOUNT
    }

    private final Reason reason;

    TokenException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
