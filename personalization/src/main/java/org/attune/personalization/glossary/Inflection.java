package org.attune.personalization.glossary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.attune.personalization.text.WordScanner;

/** Small, rule-based English inflection for glossary forms and replacements. */
public final class Inflection {

    private static final Set<String> INVARIANT = Set.of(
            "evidence",
            "care",
            "pain",
            "data",
            "series",
            "species",
            "news",
            "research",
            "education",
            "information",
            "advice",
            "equipment",
            "health");

    private Inflection() {}

    /** The words of a text as written: runs of letters and digits, apostrophes inside a word kept. */
    public static List<String> words(String text) {
        return WordScanner.words(text);
    }

    /**
     * Words after which a phrase's head noun has ended: what follows qualifies it ("loss of fitness", "illness caused
     * by germs", "drug that fights viruses", "vaccine still being tested").
     */
    private static final List<String> AFTER_HEAD = List.of(
            " of ",
            " for ",
            " that ",
            " which ",
            " who ",
            " with ",
            " caused ",
            " in ",
            " on ",
            " from ",
            " about ",
            " by ",
            " still ",
            " to ");

    /**
     * First words of a wording that is no noun phrase and has no plural: a clause ("how well the body works"), a
     * phrase with a preposition or a verb ("in a coma", "into your vein", "related to the lungs", "can walk").
     */
    private static final Set<String> NO_PLURAL_START = Set.of(
            "how", "what", "in", "into", "on", "at", "to", "by", "from", "with", "without", "related", "can", "not",
            "no", "very", "being");

    /** Words that end a phrasal wording, after which there is no noun to make plural. */
    private static final Set<String> PARTICLES = Set.of("over", "out", "up", "down", "off", "away", "back", "in");

    /** Words that are plural already. */
    private static final Set<String> PLURALS = Set.of("teeth", "feet", "people", "children", "men", "women", "mice");

    /** Irregular plurals. */
    private static final Map<String, String> IRREGULAR = Map.of(
            "tooth",
            "teeth",
            "foot",
            "feet",
            "person",
            "people",
            "child",
            "children",
            "man",
            "men",
            "woman",
            "women",
            "mouse",
            "mice");

    /** Third-person verbs whose plural is not the stem plus nothing. */
    private static final Map<String, String> PLURAL_VERBS =
            Map.of("is", "are", "was", "were", "has", "have", "does", "do");

    /** Adverbs that may stand between a relative pronoun and its verb ("that still works"). */
    private static final Set<String> ADVERBS = Set.of("still", "also", "often", "only", "mainly", "usually", "always");

    /**
     * Plural of a phrase: its head noun inflected ("loss of fitness" → "losses of fitness", "illness caused by germs"
     * → "illnesses caused by germs"), a verb of a relative clause after it agreeing ("drug that fights viruses" →
     * "drugs that fight viruses", "something bad that happens" → "bad things that happen"). A wording that is no
     * noun phrase ("how well the body works", "on the skin") and a word that is plural already ("germs", "teeth") are
     * returned as they are.
     */
    public static String pluralOfPhrase(String phrase) {
        String p = phrase.strip();
        List<String> words = words(p);
        if (words.isEmpty()
                || NO_PLURAL_START.contains(words.get(0).toLowerCase(Locale.ROOT))
                || p.toLowerCase(Locale.ROOT).startsWith("likely to ")) {
            return p;
        }
        int cutAt = -1;
        for (String marker : AFTER_HEAD) {
            int at = p.indexOf(marker);
            if (at > 0 && (cutAt < 0 || at < cutAt)) {
                cutAt = at;
            }
        }
        String head = cutAt < 0 ? p : p.substring(0, cutAt);
        String tail = cutAt < 0 ? "" : agreeing(p.substring(cutAt));
        if (head.toLowerCase(Locale.ROOT).startsWith("something ")) {
            return head.substring("something ".length()) + " things" + tail;
        }
        int space = head.lastIndexOf(' ');
        String last = head.substring(space + 1);
        if (endsWithoutANoun(last) || space > 0 && namesAnAction(last)) {
            return p;
        }
        int cut = Math.max(space, head.lastIndexOf('-')) + 1;
        return head.substring(0, cut) + plural(head.substring(cut)) + tail;
    }

    /**
     * A last word no plural can be made of: a particle ("feeling tired all over", "breathing in"), an adjective by
     * its ending ("dangerous", "painless", "harmful", not "handful"), or an acronym that ends in "S" already ("AIDS", "SIDS").
     */
    private static boolean endsWithoutANoun(String last) {
        String lower = last.toLowerCase(Locale.ROOT);
        return PARTICLES.contains(lower)
                || lower.length() > 5 && (lower.endsWith("ous") || lower.endsWith("less"))
                || lower.endsWith("ful") && !lower.matches("(?:hand|mouth|spoon|teaspoon|tablespoon|cup|arm)ful")
                || last.length() > 1 && last.equals(last.toUpperCase(Locale.ROOT)) && last.endsWith("S");
    }

    /**
     * A last word ending in "-ing" after another word names an action, not a thing to count: "trouble breathing", "pain
     * when swallowing", "skin swelling" have no plural, while "swelling" or "finding" alone do.
     */
    private static boolean namesAnAction(String last) {
        return last.length() > 4 && last.toLowerCase(Locale.ROOT).endsWith("ing");
    }

    /** " that fights viruses" → " that fight viruses": the verb of a relative clause made plural. */
    private static String agreeing(String tail) {
        String[] parts = tail.split(" ", -1);
        // parts[0] is empty (the tail starts with a space), parts[1] the word after the head
        if (parts.length < 3 || !Set.of("that", "which", "who").contains(parts[1])) {
            return tail;
        }
        int verb = 2;
        while (verb < parts.length - 1 && ADVERBS.contains(parts[verb])) {
            verb++;
        }
        parts[verb] = pluralVerb(parts[verb]);
        return String.join(" ", parts);
    }

    /** "fights" → "fight", "carries" → "carry", "watches" → "watch", "is" → "are"; other words unchanged. */
    static String pluralVerb(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (PLURAL_VERBS.containsKey(v)) {
            return PLURAL_VERBS.get(v);
        }
        if (v.length() < 3 || !v.endsWith("s") || v.endsWith("ss") || v.endsWith("us") || v.endsWith("is")) {
            return verb;
        }
        if (v.endsWith("ies") && v.length() > 4) {
            return verb.substring(0, verb.length() - 3) + "y";
        }
        if (v.endsWith("ches") || v.endsWith("shes") || v.endsWith("sses") || v.endsWith("xes") || v.endsWith("zes")) {
            return verb.substring(0, verb.length() - 2);
        }
        return verb.substring(0, verb.length() - 1);
    }

    /** Regular plural of one word; all-capital abbreviations take a plain "s". */
    public static String plural(String word) {
        if (word.isEmpty()) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (INVARIANT.contains(lower)) {
            return word;
        }
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return word + "s";
        }
        if (PLURALS.contains(lower) || isPluralAlready(lower)) {
            return word;
        }
        if (IRREGULAR.containsKey(lower)) {
            String plural = IRREGULAR.get(lower);
            return Character.isUpperCase(word.charAt(0))
                    ? Character.toUpperCase(plural.charAt(0)) + plural.substring(1)
                    : plural;
        }
        if (lower.endsWith("sis")) {
            return word.substring(0, word.length() - 2) + "es";
        }
        if (lower.endsWith("s")
                || lower.endsWith("x")
                || lower.endsWith("z")
                || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return word + "es";
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    /**
     * "germs", "bones", "stitches", "measles": a word ending in an "s" that is no part of its singular ("illness",
     * "virus", "diagnosis", "bias", "lens" are singular).
     */
    private static boolean isPluralAlready(String lower) {
        return lower.length() > 3
                && lower.endsWith("s")
                && !lower.endsWith("ss")
                && !lower.endsWith("us")
                && !lower.endsWith("is")
                && !lower.endsWith("as")
                && !lower.endsWith("os")
                && !lower.equals("lens");
    }
}
