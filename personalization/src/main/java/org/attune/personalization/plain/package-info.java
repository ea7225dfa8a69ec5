/**
 * Plain language by rule, for patients, in four steps run in this order
 * ({@link org.attune.personalization.plain.PlainLanguage}): statistics in parentheses moved out of the reading flow
 * into the block's "numbers" ({@link org.attune.personalization.plain.StatisticsMover}), GRADE certainty ratings
 * written in the text said in words ({@link org.attune.personalization.plain.CertaintyInWords}), general academic
 * words replaced by plain ones from a word list in the glossary format
 * ({@link org.attune.personalization.plain.PlainWords}), and long sentences split at independent clauses, a reason
 * put after its statement ({@link org.attune.personalization.plain.SentenceSplitter}); an author's certainty marking
 * is said in words too. Deterministic rules, no model: every number, negation, hedge
 * ({@link org.attune.personalization.plain.Hedges}) and citation marker is kept in order, and no rule fires on its
 * own output.
 */
package org.attune.personalization.plain;
