/**
 * The editorial workflow: every article is a series of revisions, each written by authors and moved by people
 * through draft, submission, review and approval (or back to its author, or retired), under the four-eyes rule.
 * Readers see what the workflow has released; see {@link org.attune.content.workflow.ArticleLife#forReaders}.
 */
package org.attune.content.workflow;
