/**
 * The personalization engine: turns a structured article into the version for one audience (patient, clinician,
 * student). Plain Java with no container dependency; build a {@link org.attune.personalization.rewrite.ArticleRewriter}
 * once and share it.
 */
package org.attune.personalization;
