package org.attune.personalization.rewrite;

import org.attune.content.article.FragmentId;

/**
 * One entry of an article's key-terms list, in order of first mention.
 *
 * @param term         the technical term
 * @param abbreviation its abbreviation, or null
 * @param plain        the plain wording, or null
 * @param definition   the definition, or null
 * @param expansion    what the term stands for when it is itself an abbreviation, or null
 * @param source       the glossary the entry comes from
 */
public record KeyTerm(
        String term, String abbreviation, String plain, String definition, String expansion, String source) {

    /** The term's fragment on the glossary page and in an article's key terms. */
    public String anchor() {
        return FragmentId.of("term", term);
    }
}
