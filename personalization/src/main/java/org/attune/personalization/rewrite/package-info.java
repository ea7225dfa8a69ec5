/**
 * Rewriting for an audience. {@link org.attune.personalization.rewrite.TermMatcher} finds glossary terms in one
 * left-to-right scan; {@link org.attune.personalization.rewrite.ProtectedSpans} marks what must never be rewritten
 * or split (numbers with units and ranges, citation markers, URLs, proper names); and
 * {@link org.attune.personalization.rewrite.ArticleRewriter} turns an article into an audience's structured view:
 * runs of text, terms with their annotations, and citations, plus the article's key terms. How each audience's
 * text is rewritten is the strategy of its style ({@code StyleRewrite}: {@code PlainStyle}, {@code DefineStyle},
 * {@code AsAuthoredStyle}), found by the style the audience's profile names.
 *
 * <p>Safety contract, tested as properties: every number, unit, negation and citation marker of the source is in the
 * output in the same order; the output is deterministic; a replacement is never rewritten again (each replaced run
 * is exactly its entry's plain wording, and rewriting a rewritten text changes nothing).
 */
package org.attune.personalization.rewrite;
