/**
 * The API under {@code /api/v1} (JAX-RS): the articles as JSON for anyone; writing, moving and the accounts for
 * editors signed in with HTTP Basic, against the same identity stores as the editor's sign-in, or with an API token
 * ({@code Authorization: Bearer}; each person's own at {@code /api/v1/users/me/tokens}); errors as RFC 9457
 * problem details, never a stack trace.
 */
package org.attune.web.api;
