/**
 * Error pages: every failure is shown as a plain page with its status, never as a stack trace; a request body larger
 * than Attune reads is refused (413) before anything parses it.
 */
package org.attune.web.error;
