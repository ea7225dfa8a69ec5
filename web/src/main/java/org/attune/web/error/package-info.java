/**
 * When something goes wrong: every failure is shown as a plain page with its status, or to the API as RFC 9457
 * problem details ({@link org.attune.web.error.Problem}), never as a stack trace; a request body larger than Attune
 * reads is refused (413) before anything parses it, however it is framed.
 */
package org.attune.web.error;
