/**
 * Parts of speech: which word of a sentence is a noun, an adjective, a verb, so that a plain wording replaces a term
 * only in a slot it fits. {@link org.attune.personalization.grammar.PartsOfSpeech} tags a sentence with Apache
 * OpenNLP's English tagger (Penn Treebank tags); {@link org.attune.personalization.grammar.TaggedSentence} answers
 * what stands right before and after a stretch of it.
 */
package org.attune.personalization.grammar;
