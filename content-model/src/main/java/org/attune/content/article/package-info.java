/**
 * The article aggregate: question, bottom line, ordered sections of blocks, references and review state.
 * {@link org.attune.content.article.Article} is the root; everything else is reached through it.
 */
package org.attune.content.article;
