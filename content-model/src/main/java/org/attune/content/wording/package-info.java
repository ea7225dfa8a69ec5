/**
 * Sentences the content model says to people (refusals of the workflow, problems of an article file), worded from
 * message bundles in the reader's language: {@link org.attune.content.wording.Wording}.
 */
package org.attune.content.wording;
