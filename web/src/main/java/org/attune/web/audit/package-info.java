/** The audit log: every sign-in (and failed one) and every change, with who and when, kept in the database. */
package org.attune.web.audit;
