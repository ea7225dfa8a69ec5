/**
 * The people who write, review and administer articles: accounts with their roles (author, reviewer, admin) in the
 * application's own database, passwords hashed with Jakarta Security's {@code Pbkdf2PasswordHash}, the first
 * administrator created at start-up from {@code attune.admin.user} and {@code attune.admin.password}, and each
 * person's API tokens ({@link org.attune.web.account.ApiTokens}: only their SHA-256 is stored).
 */
package org.attune.web.account;
