/**
 * Plain language by rule, for patients: statistics in parentheses moved out of the reading flow into the block's
 * "numbers" ({@link org.attune.personalization.plain.StatisticsMover}), general academic words replaced by plain
 * ones from a word list in the glossary format ({@link org.attune.personalization.plain.PlainWords}), and long
 * sentences split at independent clauses ({@link org.attune.personalization.plain.SentenceSplitter}), in that order
 * ({@link org.attune.personalization.plain.PlainLanguage}). Deterministic rules, no model: every number, negation,
 * hedge ({@link org.attune.personalization.plain.Hedges}) and citation marker is kept in order, and no rule fires on
 * its own output.
 */
package org.attune.personalization.plain;
