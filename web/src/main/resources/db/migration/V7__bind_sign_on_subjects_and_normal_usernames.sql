-- One person per account, however their username is spelt (V7 belongs to another change).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

-- Single sign-on: the provider's account (its issuer and subject) that a username belongs to, bound at that account's
-- first sign-in. Another account at the provider whose username claim reads the same is then refused, and an account
-- keeps its name even if the provider renames it.
CREATE TABLE sign_on_subject (
    issuer   VARCHAR(500) NOT NULL,
    subject  VARCHAR(255) NOT NULL,
    username VARCHAR(200) NOT NULL,
    bound_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_sign_on_subject PRIMARY KEY (issuer, subject),
    CONSTRAINT uq_sign_on_subject_username UNIQUE (issuer, username)
);

-- Attune's accounts keep their usernames in lower case (usernames are ASCII letters, digits and . _ @ -). An account
-- with a twin in another case ('ANA' beside 'ana') keeps its name, and only the one already in lower case signs in:
-- an administrator decides who the other is.
UPDATE account
SET username = LOWER(username)
WHERE username <> LOWER(username)
  AND NOT EXISTS (
      SELECT 1 FROM account twin WHERE twin.id <> account.id AND LOWER(twin.username) = LOWER(account.username));
