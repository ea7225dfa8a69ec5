/**
 * The personalization engine: turns a structured article into the version for one audience (patient, clinician,
 * student), says how hard each version is to read, and searches the versions. Plain Java with no container
 * dependency; build a {@link org.attune.personalization.rewrite.ArticleRewriter} once and share it.
 */
package org.attune.personalization;
