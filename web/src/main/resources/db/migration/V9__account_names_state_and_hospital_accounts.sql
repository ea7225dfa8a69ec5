-- Accounts an administrator manages at /editor/accounts (issue 19). Portable SQL: runs unchanged on H2 2.x and
-- PostgreSQL, one column per statement.

-- The name readers see for the person ("Dr. Ana Ruiz, MD"), never their username; null until it is given.
ALTER TABLE account ADD COLUMN display_name VARCHAR(200);
-- A disabled account signs in nowhere (form, HTTP Basic, API tokens); its history stays.
ALTER TABLE account ADD COLUMN disabled BOOLEAN DEFAULT FALSE NOT NULL;
-- When the person last signed in (the form or HTTP Basic, to the minute); null if never.
ALTER TABLE account ADD COLUMN last_sign_in_at TIMESTAMP;
-- Set when an administrator resets the password to a temporary one: the person must choose their own at next sign-in.
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- People who signed in through the hospital's directory (LDAP) or single sign-on: they have no account of Attune's
-- own, and are listed (read-only) for administrators to see who works in the editor. Their roles are those of their
-- last sign-in, as the directory or the provider said then.
CREATE TABLE hospital_account (
    username        VARCHAR(100) NOT NULL,
    source          VARCHAR(16)  NOT NULL,
    roles           VARCHAR(100) NOT NULL,
    last_sign_in_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_hospital_account PRIMARY KEY (username),
    CONSTRAINT ck_hospital_account_source CHECK (source IN ('directory', 'sign-on'))
);
