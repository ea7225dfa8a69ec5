/**
 * The plain-text authoring format (YAML front matter + CommonMark body): parsing with line-numbered
 * validation, and writing back so that parse, write, parse gives an equal article.
 *
 * <p>A {@link org.attune.content.authoring.Problem} is a {@link org.attune.content.authoring.ProblemCode} with
 * arguments, worded from the message bundle {@code org/attune/content/authoring/problems.properties} (English; a
 * translation is a {@code problems_<language>.properties} beside it): {@code message()} in English,
 * {@code message(Locale)} in a language. No sentence is built in Java, except what another class or a library words
 * itself (a {@link org.attune.content.authoring.ProblemCode#WORDED} problem, SnakeYAML's account of bad YAML).
 */
package org.attune.content.authoring;
