package org.attune.personalization.readability;

/**
 * A long or technical word that no glossary covers: a candidate for the glossary or for rewording.
 *
 * @param word      the word, lower-cased
 * @param syllables its syllable count
 * @param count     how often it occurs in the text
 */
public record JargonWord(String word, int syllables, int count) {}
