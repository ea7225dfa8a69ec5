package org.attune.personalization.rewrite;

/**
 * What a {@link StyleRewrite} shows for one term mention.
 *
 * @param text     the words shown in place of the term (before capitalisation)
 * @param aside    what follows in parentheses, or null
 * @param replaced the term's plain wording replaced it
 * @param first    whether it counts as the first mention (a term whose aside is put off is taught at its next)
 */
record Shown(String text, String aside, boolean replaced, boolean first) {

    Shown withText(String other) {
        return other.equals(text) ? this : new Shown(other, aside, replaced, first);
    }
}
