/**
 * The API under {@code /api/v1} (JAX-RS): HTTP Basic over the same accounts as the editor, errors as RFC 9457
 * problem details, never a stack trace.
 */
package org.attune.web.api;
