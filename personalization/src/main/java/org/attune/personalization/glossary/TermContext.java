package org.attune.personalization.glossary;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a term's plain wording does not fit, read from its glossary entry: the term then stays as written (see
 * GLOSSARY-FORMAT.md, "Context conditions"). Words are kept lower-case.
 *
 * @param keptAfter  the term stays when the word right before it is one of these ("oral" vaccine)
 * @param keptBefore the term stays when one of these words follows within three words, nothing but white space
 *                   between ("acute" in "acute chest syndrome")
 * @param keptNear   the term is read in another sense, which its entry does not describe, when one of these words
 *                   is in the same sentence ("topical" with "nasal"): it stays, without its definition
 * @param keptInName the term stays when a word naming its kind stands right before it: it is the head of a name
 *                   ("Staphylococcus infection", "sickle cell disease")
 * @param modifier   the wording shown where the term modifies the noun after it ("virus-fighting" for antiviral);
 *                   {@link #KEEP} to keep the term there, with its plain wording as an aside; null to decide by the
 *                   plain wording (one with a clause or phrase after its noun cannot stand before another noun)
 * @param article    {@code the} when the plain wording is a countable noun standing for a term that is not ("rate"
 *                   for incidence): where the term stood without a determiner the wording takes "the" ("Incidence
 *                   of arthralgia varied" reads "The rate of arthralgia varied"); null otherwise
 */
public record TermContext(
        Set<String> keptAfter,
        Set<String> keptBefore,
        Set<String> keptNear,
        boolean keptInName,
        String modifier,
        String article) {

    /** The {@code modifier} that keeps the term as written before a noun. */
    public static final String KEEP = "-";

    public static final TermContext NONE = new TermContext(Set.of(), Set.of(), Set.of(), false, null, null);

    public TermContext {
        keptAfter = lowerCase(keptAfter);
        keptBefore = lowerCase(keptBefore);
        keptNear = lowerCase(keptNear);
        modifier = modifier == null || modifier.isBlank() ? null : modifier.strip();
        article = article == null || article.isBlank() ? null : article.strip();
        if (article != null && !article.equals("the")) {
            throw new IllegalArgumentException("'article' is 'the' or left out, found '" + article + "'");
        }
    }

    /** Creates a context without an {@code article}. */
    public TermContext(
            Set<String> keptAfter, Set<String> keptBefore, Set<String> keptNear, boolean keptInName, String modifier) {
        this(keptAfter, keptBefore, keptNear, keptInName, modifier, null);
    }

    /** Reads a list written "word | word | …". */
    public static Set<String> words(String list) {
        if (list == null) {
            return Set.of();
        }
        return Set.copyOf(List.of(list.split("\\|")).stream()
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .toList());
    }

    private static Set<String> lowerCase(Set<String> words) {
        return words == null
                ? Set.of()
                : words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isNone() {
        return keptAfter.isEmpty()
                && keptBefore.isEmpty()
                && keptNear.isEmpty()
                && !keptInName
                && modifier == null
                && article == null;
    }
}
