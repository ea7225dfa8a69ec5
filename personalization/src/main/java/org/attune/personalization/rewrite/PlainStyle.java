package org.attune.personalization.rewrite;

import java.util.HashSet;
import java.util.Set;

import org.attune.content.article.Certainty;
import org.attune.content.citation.CitedText;
import org.attune.personalization.audience.RewriteStyle;
import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.glossary.Inflection;
import org.attune.personalization.glossary.TermContext;

/**
 * {@code plain} (patients): the {@link PlainRules} first, then the plain wording replaces each term; at the first
 * mention in the body the term follows in parentheses ("loss of fitness (deconditioning)") when the entry has a
 * definition and the article mentions the term more than once, unless a parenthesis follows already, the plain
 * wording shares a word with the term, the term was taught inside a longer one, or the sentence has an aside
 * already (then it is taught at its next mention). Abbreviations without a plain wording are spelled out, and so are
 * the later mentions of an acronym the text defines ({@link DefinedAcronyms}).
 */
final class PlainStyle implements StyleRewrite {

    @Override
    public RewriteStyle style() {
        return RewriteStyle.PLAIN;
    }

    @Override
    public boolean rewritesTerms() {
        return true;
    }

    @Override
    public boolean countsRepeatedTerms() {
        return true;
    }

    @Override
    public PlainedText beforeTerms(String source, PlainRules rules) {
        PlainedText plained = rules.apply(CitedText.parse(source).canonical());
        String expanded = DefinedAcronyms.expandedForPatients(plained.text());
        return expanded.equals(plained.text()) ? plained : new PlainedText(expanded, plained.numbers());
    }

    @Override
    public String certaintySentence(Certainty certainty, PlainRules rules) {
        return rules.certaintySentence(certainty);
    }

    @Override
    public Shown show(Mention mention) {
        GlossaryEntry entry = mention.entry();
        switch (mention.sense()) {
            case KEPT, OTHER_SENSE -> {
                return mention.asWritten();
            }
            case BEFORE_NOUN -> {
                return beforeANoun(mention);
            }
            case NO_SLOT -> {
                return keptAndExplained(mention);
            }
            case FITS -> {
                // the plain wording, below
            }
        }
        String plain = entry.plain(mention.plural());
        if (plain == null && mention.abbreviation()) {
            plain = mention.plural() ? Inflection.pluralOfPhrase(mention.expansion()) : mention.expansion();
        }
        if (plain == null) {
            return mention.asWritten();
        }
        TermMatch m = mention.match();
        Mentions mentions = mention.mentions();
        String aside = null;
        boolean first = mention.first();
        if (first
                && entry.definition() != null
                && mentions.repeated.contains(mention.key())
                && !parenthesisFollows(mention.text(), m.end())) {
            if (sharesAWord(plain, m.surface())) {
                // "regular care" for "usual care": a patient who hears the term knows it already
            } else if (mentions.wasTaught(m.surface(), plain)) {
                // "team-based (multidisciplinary)" after "team-based rehab (multidisciplinary
                // rehabilitation)": taught already, inside a longer term
            } else if (mention.asideFits()) {
                aside = asWritten(m);
                mentions.taught(aside, plain);
            } else {
                mentions.mentioned.remove(mention.key());
                first = false;
            }
        }
        return new Shown(plain, aside, true, first);
    }

    /**
     * A term that modifies the noun after it ("adverse event monitoring"): the entry's modifier wording when it has
     * one ("virus-fighting drugs"); else the term as written, with its plain wording beside it at its first mention
     * when the sentence has no aside yet ("adverse event (something bad that happens) monitoring").
     */
    private static Shown beforeANoun(Mention mention) {
        String modifier = mention.entry().context().modifier();
        if (modifier != null && !modifier.equals(TermContext.KEEP)) {
            return new Shown(modifier, null, true, mention.first());
        }
        return keptAndExplained(mention);
    }

    /** The term as written, with its plain wording beside it at its first mention when the sentence has no aside. */
    private static Shown keptAndExplained(Mention mention) {
        TermMatch m = mention.match();
        if (mention.first() && mention.asideFits() && !parenthesisFollows(mention.text(), m.end())) {
            return new Shown(m.surface(), mention.entry().plain(mention.plural()), false, true);
        }
        return mention.asWritten();
    }

    /**
     * Whether the plain wording and the term as written share a word of four letters or more ("heat on the skin" and
     * "superficial heat", "pain level" and "pain intensity"): then the term needs no teaching.
     */
    private static boolean sharesAWord(String plain, String written) {
        Set<String> plainWords = new HashSet<>(Mentions.singularWords(plain));
        return Mentions.singularWords(written).stream().anyMatch(w -> w.length() >= 4 && plainWords.contains(w));
    }

    private static boolean parenthesisFollows(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '(';
    }

    /** The term as written, lower-cased if it was capitalised only for the start of a sentence. */
    private static String asWritten(TermMatch m) {
        String surface = m.surface();
        String form = m.form().text();
        if (Character.isUpperCase(surface.charAt(0))
                && Character.isLowerCase(form.charAt(0))
                && !TermMatcher.isAcronym(Inflection.words(surface).get(0))) {
            return Character.toLowerCase(surface.charAt(0)) + surface.substring(1);
        }
        return surface;
    }
}
