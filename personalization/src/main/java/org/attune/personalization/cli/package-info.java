/**
 * The command line: {@code java -jar attune-personalize.jar --audience patient [FILE]} rewrites plain text, one
 * paragraph per line, for an audience and writes one JSON object per line ({@link
 * org.attune.personalization.cli.PersonalizeCommand}), or the text only with {@code --format text}.
 */
package org.attune.personalization.cli;
