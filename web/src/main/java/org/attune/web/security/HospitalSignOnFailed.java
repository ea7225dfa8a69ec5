package org.attune.web.security;

/** A sign-in through the hospital's provider that could not be completed, and why, for the sign-in page. */
class HospitalSignOnFailed extends Exception {

    enum Reason {
        /** The provider could not be reached or answered nonsense: try again later. */
        UNAVAILABLE,
        /** The provider refused, or what came back failed a check (signature, issuer, audience, expiry, nonce). */
        REFUSED,
        /** The browser came back without a sign-in this server started (expired, or from another site). */
        EXPIRED
    }

    private final Reason reason;

    HospitalSignOnFailed(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    HospitalSignOnFailed(Reason reason, String message) {
        this(reason, message, null);
    }

    Reason reason() {
        return reason;
    }
}
