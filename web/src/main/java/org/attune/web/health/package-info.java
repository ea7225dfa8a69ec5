/**
 * MicroProfile Health for a hospital's operations: {@code /health/ready} says whether Attune can serve (its
 * database answers with its schema migrated, and the personalization engine is built with its glossaries),
 * {@code /health/live} whether the process is of any use (the engine is built: a database outage never makes Attune
 * "dead"); both at the server's root, as Payara serves
 * them.
 */
package org.attune.web.health;
