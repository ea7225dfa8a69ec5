/**
 * The API under {@code /api/v1} (JAX-RS): the articles as JSON for anyone; writing, moving and the accounts for
 * editors signed in with HTTP Basic, against the same identity stores as the editor's sign-in; errors as RFC 9457
 * problem details, never a stack trace.
 */
package org.attune.web.api;
