/**
 * The editorial workflow: every article is a series of revisions, each written by authors and moved by people
 * through draft, submission, review and approval (or back to its author, or retired and reinstated), under the
 * four-eyes rule. Readers see what the workflow has released; see
 * {@link org.attune.content.workflow.ArticleLife#forReaders}. A refusal is a code with arguments
 * ({@link org.attune.content.workflow.WorkflowException}), worded in the reader's language from
 * {@code refusals.properties}.
 */
package org.attune.content.workflow;
