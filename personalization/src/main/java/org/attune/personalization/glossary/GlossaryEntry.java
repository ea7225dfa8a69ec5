package org.attune.personalization.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One technical term.
 *
 * @param term         the technical term as it should be shown, singular ("modality", "TENS")
 * @param plural       its plural, or null to use the regular English plural, or "" for none (adjectives, mass nouns)
 * @param variants     other spellings of the singular term that mean the same ("cognitive behavioural therapy")
 * @param abbreviation an abbreviation of the term that is matched too ("PT" for physical therapy), or null
 * @param plain        everyday wording that replaces the term for patients, fitting where the term stands in a
 *                     sentence; null when the term is plain enough to keep (it is then only defined)
 * @param plainPlural  the plural of the plain wording, or null to inflect it regularly
 * @param definition   a short definition, shown to students and as a hint to patients; may be null
 * @param expansion    when the term itself is an abbreviation, what it stands for ("transcutaneous electrical nerve
 *                     stimulation" for TENS); null otherwise
 * @param source       where the wording comes from (a glossary name); never null
 * @param context      where the plain wording does not fit and the term stays as written ({@link TermContext#NONE}
 *                     for an entry without conditions)
 */
public record GlossaryEntry(
        String term,
        String plural,
        List<String> variants,
        String abbreviation,
        String plain,
        String plainPlural,
        String definition,
        String expansion,
        String source,
        TermContext context) {

    public GlossaryEntry {
        term = required(term, "term");
        source = required(source, "source of '" + term + "'");
        plural = plural == null ? null : plural.strip();
        variants = variants == null
                ? List.of()
                : variants.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        abbreviation = optional(abbreviation);
        plain = optional(plain);
        plainPlural = optional(plainPlural);
        definition = optional(definition);
        expansion = optional(expansion);
        context = context == null ? TermContext.NONE : context;
        if (plain == null && plainPlural != null) {
            throw new IllegalArgumentException("'" + term + "' has a plain plural but no plain wording");
        }
    }

    /** A term with a plain wording and nothing else; handy in tests. */
    public static GlossaryEntry of(String term, String plain, String source) {
        return new GlossaryEntry(term, null, List.of(), null, plain, null, null, null, source, TermContext.NONE);
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a glossary entry needs a " + what);
        }
        return value.strip();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The key under which layers replace each other: the term, lower-cased, hyphens and spacing ignored. */
    public String key() {
        return keyOf(term);
    }

    public static String keyOf(String text) {
        return String.join(" ", Inflection.words(text)).toLowerCase(Locale.ROOT);
    }

    /** True when the term itself is an abbreviation (it has an expansion). */
    public boolean isAbbreviation() {
        return expansion != null;
    }

    public boolean hasPlain() {
        return plain != null;
    }

    /** The plain wording in the requested number, or null when there is none. */
    public String plain(boolean pluralForm) {
        if (plain == null) {
            return null;
        }
        if (!pluralForm) {
            return plain;
        }
        return plainPlural != null ? plainPlural : Inflection.pluralOfPhrase(plain);
    }

    /** The term's plural as matched: explicit, regular, or none when {@code plural} is "". */
    public String pluralTerm() {
        if (plural == null) {
            return Inflection.pluralOfPhrase(term);
        }
        return plural.isEmpty() ? null : plural;
    }

    /** Every form the matcher looks for, with its number and whether it is the abbreviation. */
    public List<Form> forms() {
        List<Form> forms = new ArrayList<>();
        forms.add(new Form(term, false, isAbbreviation(), true));
        String p = pluralTerm();
        if (p != null) {
            forms.add(new Form(p, true, isAbbreviation(), plural != null));
        }
        for (String v : variants) {
            forms.add(new Form(v, false, false, true));
            if (plural == null || !plural.isEmpty()) {
                forms.add(new Form(Inflection.pluralOfPhrase(v), true, false, false));
            }
        }
        if (abbreviation != null) {
            forms.add(new Form(abbreviation, false, true, true));
            forms.add(new Form(abbreviation + "s", true, true, false));
        }
        return forms;
    }

    /** What an abbreviation form stands for: the expansion of an abbreviation term, or the term itself. */
    public String expansionOfAbbreviation() {
        return isAbbreviation() ? expansion : term;
    }

    /**
     * One matchable form.
     *
     * @param text         the form as written in the glossary
     * @param plural       whether it is a plural form
     * @param abbreviation whether it is an abbreviation (spelled out for students at first use)
     * @param explicit     written in the glossary (true) or inflected by rule (false); explicit forms win conflicts
     */
    public record Form(String text, boolean plural, boolean abbreviation, boolean explicit) {
        public Form {
            Objects.requireNonNull(text);
        }
    }
}
