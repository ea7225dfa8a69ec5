package org.attune.personalization.rewrite;

import java.util.List;

import org.attune.content.article.Certainty;

/**
 * Rules that make a patient's text plainer before its terms are rewritten: they see the authored text (citation
 * markers in canonical form) of a block's lead-in or text, and return it reworded, with the statistics they moved
 * out of the reading flow. The engine applies them for the {@code PLAIN} style only, never to titles, headings or an
 * author's override. {@code org.attune.personalization.plain.PlainLanguage} is the built-in set. Implementations
 * must be immutable, thread-safe and deterministic.
 */
@FunctionalInterface
public interface PlainRules {

    /** No rule: the text as it is, nothing moved. */
    PlainRules NONE = text -> new PlainedText(text, List.of());

    PlainedText apply(String text);

    /**
     * The sentence a patient reads for the GRADE certainty an author marked on a block ("We are moderately confident
     * in this evidence."), or null to show the badge only.
     */
    default String certaintySentence(Certainty certainty) {
        return null;
    }
}
