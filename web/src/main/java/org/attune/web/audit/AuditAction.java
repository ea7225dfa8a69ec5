package org.attune.web.audit;

/** What an audit event records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_LOCKED,
    SIGN_OUT,
    ACCOUNT_CREATED,
    ARTICLE_CREATED,
    ARTICLE_SAVED,
    ARTICLE_MOVED,
    AUDIENCE_VERSIONS_CONFIRMED,
    TOKEN_CREATED,
    TOKEN_REVOKED
}
