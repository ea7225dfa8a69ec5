/**
 * The plain-text authoring format (YAML front matter + CommonMark body): parsing with line-numbered
 * validation, and writing back so that parse, write, parse gives an equal article.
 */
package org.attune.content.authoring;
