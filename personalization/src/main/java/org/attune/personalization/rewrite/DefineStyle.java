package org.attune.personalization.rewrite;

import java.util.List;

import org.attune.personalization.audience.RewriteStyle;
import org.attune.personalization.glossary.Inflection;

/**
 * {@code define} (students): terms stay, each carrying its definition in its note; an abbreviation is spelled out at
 * its first use in the body ("transcutaneous electrical nerve stimulation (TENS)") unless the author already wrote
 * "term (ABBR)".
 */
final class DefineStyle implements StyleRewrite {

    @Override
    public RewriteStyle style() {
        return RewriteStyle.DEFINE;
    }

    /** An acronym the text defines is spelled out at its first later mention ({@link DefinedAcronyms}). */
    @Override
    public PlainedText beforeTerms(String source, PlainRules rules) {
        return new PlainedText(DefinedAcronyms.spelledOutForStudents(source), List.of());
    }

    @Override
    public Shown show(Mention mention) {
        if (mention.abbreviation()
                && !mention.heading()
                && mention.mentions().introduced.add(mention.key())) {
            String expansion = mention.expansion();
            String spelledOut = mention.plural() ? Inflection.pluralOfPhrase(expansion) : expansion;
            return new Shown(spelledOut, mention.match().surface(), false, mention.first());
        }
        return mention.asWritten();
    }
}
