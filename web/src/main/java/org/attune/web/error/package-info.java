/** Error pages: every failure is shown as a plain page with its status, never as a stack trace. */
package org.attune.web.error;
