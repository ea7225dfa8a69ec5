package org.attune.personalization.rewrite;

/**
 * What the web layer needs to render a term accessibly ({@code <dfn>}, {@code <abbr>}) and to list it among the
 * article's key terms.
 *
 * @param term         the technical term as the glossary writes it ("deconditioning", "TENS")
 * @param written      the term as it stood in the authored text ("Deconditioning", "modalities")
 * @param plain        the plain wording, or null
 * @param definition   the definition, or null
 * @param expansion    what an abbreviation stands for, or null
 * @param source       the glossary the wording comes from
 * @param firstMention true at the term's first mention in the article (or text)
 * @param replaced     true when the run shows the plain wording instead of the term
 */
public record TermNote(
        String term,
        String written,
        String plain,
        String definition,
        String expansion,
        String source,
        boolean firstMention,
        boolean replaced) {

    public boolean hasDefinition() {
        return definition != null;
    }
}
