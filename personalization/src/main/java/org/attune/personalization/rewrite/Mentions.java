package org.attune.personalization.rewrite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.glossary.Inflection;

/** First-mention state of one rewrite call. */
final class Mentions {
    final Set<String> mentioned = new HashSet<>();
    final Set<String> introduced = new HashSet<>();
    final Map<String, KeyTerm> keyTerms = new LinkedHashMap<>();
    /**
     * Patients: the keys of the terms mentioned more than once in what is rewritten (an article as authored, a
     * block, or one text, counted at its first field), the only terms that get an aside at their first mention.
     */
    Set<String> repeated;
    /** Patients: the terms taught so far in asides, each with the plain wording it was taught beside. */
    private final List<TaughtTerm> taught = new ArrayList<>();

    /** A term taught in an aside and the plain wording beside it, as {@link #singularWords} gives them. */
    private record TaughtTerm(List<String> term, List<String> plain) {}

    void taught(String term, String plain) {
        taught.add(new TaughtTerm(singularWords(term), singularWords(plain)));
    }

    /**
     * Whether a term and its plain wording were both part of an earlier aside's term and wording: "multidisciplinary"
     * read "team-based" after "multidisciplinary rehabilitation" was taught as "team-based rehab" (not "opioid"
     * read "strong painkiller" after "endogenous opioid" was taught as "painkiller made by the body").
     */
    boolean wasTaught(String term, String plain) {
        List<String> termWords = singularWords(term);
        List<String> plainWords = singularWords(plain);
        return taught.stream()
                .anyMatch(t -> Collections.indexOfSubList(t.term(), termWords) >= 0
                        && Collections.indexOfSubList(t.plain(), plainWords) >= 0);
    }

    void keyTerm(String key, GlossaryEntry e) {
        if (!keyTerms.containsKey(key)) {
            keyTerms.put(
                    key, new KeyTerm(e.term(), e.abbreviation(), e.plain(), e.definition(), e.expansion(), e.source()));
        }
    }

    /** The words of a text, lower case and singular, as the aside rules compare them. */
    static List<String> singularWords(String text) {
        return Inflection.words(text).stream().map(Mentions::singular).toList();
    }

    private static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
}
