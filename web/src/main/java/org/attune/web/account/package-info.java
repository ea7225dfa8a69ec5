/**
 * The people who write, review and administer articles: accounts with their roles (author, reviewer, admin) and
 * display names (what readers see instead of usernames) in the application's own database, passwords hashed with
 * Jakarta Security's {@code Pbkdf2PasswordHash}, the first administrator created at start-up from
 * {@code attune.admin.user} and {@code attune.admin.password}, what administrators do with accounts
 * ({@link org.attune.web.account.AccountAdministration}, under the rules of
 * {@link org.attune.web.account.AccountChange}: disabled accounts, the last administrator, temporary passwords), and
 * each person's API tokens ({@link org.attune.web.account.ApiTokens}: only their SHA-256 is stored).
 */
package org.attune.web.account;
