package org.attune.personalization.rewrite;

import org.attune.personalization.glossary.GlossaryEntry;

/**
 * One occurrence of a glossary term in a text.
 *
 * @param start   offset of the first character
 * @param end     offset after the last character
 * @param surface the text as written
 * @param entry   the entry matched
 * @param form    the form matched (its number, whether it is an abbreviation)
 */
public record TermMatch(int start, int end, String surface, GlossaryEntry entry, GlossaryEntry.Form form) {}
