package org.attune.personalization.rewrite;

import org.attune.personalization.glossary.GlossaryEntry;

/**
 * One mention of a glossary term as a {@link StyleRewrite} sees it.
 *
 * @param text      the text the term was found in
 * @param match     where, and in which form
 * @param key       the entry's key
 * @param first     the first mention of the term in what is rewritten
 * @param heading   in a title or heading (no asides there)
 * @param asideFits no first-mention aside yet in this sentence
 * @param expansion the spelled-out form of the abbreviation or term, or null
 * @param mentions  the state of this rewrite call
 * @param sense     whether the term's plain wording fits where it stands
 */
record Mention(
        String text,
        TermMatch match,
        String key,
        boolean first,
        boolean heading,
        boolean asideFits,
        String expansion,
        Mentions mentions,
        TermSense sense) {

    GlossaryEntry entry() {
        return match.entry();
    }

    boolean plural() {
        return match.form().plural();
    }

    boolean abbreviation() {
        return match.form().abbreviation();
    }

    /** The mention shown as written, nothing beside it. */
    Shown asWritten() {
        return new Shown(match.surface(), null, false, first);
    }
}
