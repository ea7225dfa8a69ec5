package org.attune.personalization.plain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Closed word lists that tell, well enough for review prose and without a parser, whether a stretch of text is a
 * clause that could stand as a sentence: it has a finite verb (an auxiliary, a modal or a common reporting verb),
 * and it does not start as a dependent phrase does (a preposition, a conjunction, an "-ing" word, a verb).
 */
final class ClauseWords {

    /** Finite verbs: auxiliaries, modals, and verbs review and guideline prose reports with. */
    private static final Set<String> FINITE_VERBS =
            words("is are was were demonstrated demonstrates has have had do does did may might can could "
                    + "will would should must shall showed shows found finds reduced reduces improved improves "
                    + "increased increases decreased decreases lowered lowers raised raises helped helps caused "
                    + "causes led leads made makes gave gives took takes lasted lasts remained remains appeared "
                    + "appears seemed seems suggested suggests reported reports included includes favoured "
                    + "favored favours favors differed differs changed needed needs used uses received receives "
                    + "felt feels worked works occurred occurs happened happens means meant varied varies "
                    + "ranged ranges measured looked studied tested compared lost gained rated scored reached "
                    + "recommend recommends recommended contributed enrolled assessed evaluated examined "
                    + "investigated identified provided provides resulted affected affects supports supported "
                    + "relieved relieves eased eases fell rose dropped fail failed fails help reduce improve "
                    + "increase seem appear remain differ");

    /** Words a dependent phrase, not a clause with its own subject, starts with. */
    private static final Set<String> DEPENDENT_STARTS =
            words("to of in on at for with without by from as than then that so or nor not because if when "
                    + "although though whether either neither only also even especially including such "
                    + "respectively into over under after before during between among within per versus vs "
                    + "which who whom whose where while and but e i too more less most least very");

    /** Words that start a dependent clause: a finite verb after one of them is not the clause's own. */
    private static final Set<String> SUBORDINATORS =
            words("that which who whom whose where when if because although though whether unless while since");

    /** Words of a negation or comparison whose scope runs on into the next clause ("neither … nor"). */
    private static final Set<String> SPANNING = words("neither either whether both only");

    private ClauseWords() {}

    private static Set<String> words(String spaced) {
        return Set.copyOf(java.util.Arrays.asList(spaced.split(" ")));
    }

    /**
     * Verbs of review and guideline prose by their stem, recognised in the third person ("lowers", "carries") and the
     * past ("lowered", "carried") but not bare ("to restore"); forms that are as often nouns ("results",
     * "benefits") are not derived.
     */
    private static final Set<String> STEMS =
            words("lower hold bring add offer achieve deliver act carry draw rank argue keep support "
                    + "relieve ease reach allow account apply attract avoid combine consider continue "
                    + "contribute cover decline deliver depend describe determine develop emerge enable "
                    + "encourage enhance ensure establish exceed explain fail focus follow form generate happen "
                    + "identify indicate influence involve last limit maintain matter mention modify outweigh "
                    + "perform persist point predict prefer prevent produce prove provide receive recommend "
                    + "reflect reinforce relate rely remain remove replace represent require respond restore "
                    + "return reveal seem serve share show stay strengthen suggest tend train treat vary want "
                    + "weaken yield help lessen reassure build start suffer benefit progress address accompany "
                    + "shorten lengthen retain promote extend protect prolong worsen correspond call come train "
                    + "advise");

    private static final Set<String> QUANTIFIERS = words("most more less");
    private static final Set<String> PAST_AUXILIARIES = words("was were had did could would might showed found");
    private static final Set<String> PERFECT = words("has have had");
    private static final Set<String> PLURAL_PRONOUNS = words("we they you i people");
    private static final Set<String> NOT_PLURAL = words("this its his was has does as yes unless less always perhaps");

    /** Irregular past forms of common verbs. */
    private static final Set<String> IRREGULAR_PAST =
            words("brought held drew kept built began became grew fell rose saw knew thought went came won");

    static boolean isFiniteVerb(String word) {
        String w = lower(word);
        if (FINITE_VERBS.contains(w) || IRREGULAR_PAST.contains(w)) {
            return true;
        }
        String stem = stemOf(w);
        return !stem.equals(w) && STEMS.contains(stem);
    }

    /**
     * A finite verb that does not follow "to" ("to restore" is no clause's verb); a bare stem counts after a plural
     * subject ("patients train", "results come") but not elsewhere ("and prevent").
     */
    private static boolean isFiniteVerbAt(List<String> words, int i) {
        String previous = i == 0 ? "" : lower(words.get(i - 1));
        if (previous.equals("to")) {
            return false;
        }
        String w = lower(words.get(i));
        if (STEMS.contains(w) && !FINITE_VERBS.contains(w)) {
            return isPluralSubject(previous);
        }
        return isFiniteVerb(w);
    }

    /** A verb right after "which": a finite form, or a bare stem ("which show"), "which" being its subject. */
    static boolean isVerbAfterWhich(String word) {
        String w = lower(word);
        return isFiniteVerb(w) || STEMS.contains(w);
    }

    /** "patients", "they": a word a plural verb may follow, as far as its ending tells. */
    private static boolean isPluralSubject(String word) {
        if (PLURAL_PRONOUNS.contains(word)) {
            return true;
        }
        return word.length() > 3
                && word.endsWith("s")
                && !word.endsWith("ss")
                && !word.endsWith("us")
                && !word.endsWith("is")
                && !NOT_PLURAL.contains(word);
    }

    /** The stem of a third-person or past form ("carries" → "carry", "lowered" → "lower"), or the word itself. */
    private static String stemOf(String w) {
        if (w.endsWith("ies") || w.endsWith("ied")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("es") && STEMS.contains(w.substring(0, w.length() - 1))) {
            return w.substring(0, w.length() - 1);
        }
        if (w.endsWith("es") || w.endsWith("ed")) {
            String shorter = w.substring(0, w.length() - 2);
            if (STEMS.contains(shorter)) {
                return shorter;
            }
            return STEMS.contains(shorter + "e") ? shorter + "e" : w.substring(0, w.length() - 1);
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Whether the first finite verb of the words is in the present ("makes", "is", "can"), not the past. */
    static boolean isPresentTense(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (isFiniteVerbAt(words, i)) {
                String w = lower(words.get(i));
                return !w.endsWith("ed") && !IRREGULAR_PAST.contains(w) && !PAST_AUXILIARIES.contains(w);
            }
        }
        return false;
    }

    /** Whether the words have a perfect auxiliary ("has improved since …": "since" there tells a time). */
    static boolean hasPerfect(List<String> words) {
        return words.stream().map(ClauseWords::lower).anyMatch(PERFECT::contains);
    }

    static boolean hasFiniteVerb(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (isFiniteVerbAt(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the words can stand as a sentence: a subject-like first word, then a finite verb of its own (not one
     * inside a "that …" or "who …" clause: "but exercise that helps" is no clause, "those who rested did not improve"
     * is).
     */
    static boolean isIndependentClause(List<String> words) {
        if (words.size() < 3) {
            return false;
        }
        String first = lower(words.get(0));
        if (isFiniteVerb(first) || first.endsWith("ing")) {
            return false;
        }
        if (DEPENDENT_STARTS.contains(first) && !isQuantifiedSubject(words)) {
            return false;
        }
        int dependentVerbsPending = 0;
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (SUBORDINATORS.contains(lower(word)) && !isPrepositionHere(words, i)) {
                dependentVerbsPending++;
            } else if (dependentVerbsPending > 0
                    && (isFiniteVerbAt(words, i) || lower(word).endsWith("ed"))) {
                dependentVerbsPending--;
            } else if (isFiniteVerbAt(words, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "most patients still have", "more trials are needed": a quantifier starting a subject, not an adverb ("most
     * importantly") or a comparison ("more than half").
     */
    private static boolean isQuantifiedSubject(List<String> words) {
        String second = lower(words.get(1));
        return QUANTIFIERS.contains(lower(words.get(0)))
                && !second.endsWith("ly")
                && !DEPENDENT_STARTS.contains(second)
                && !isFiniteVerb(second);
    }

    /** "because of", "since 2010": a subordinator used as a preposition here. */
    private static boolean isPrepositionHere(List<String> words, int i) {
        String next = i + 1 < words.size() ? lower(words.get(i + 1)) : "";
        return next.equals("of") || !next.isEmpty() && Character.isDigit(next.charAt(0));
    }

    /** True when the words end as a clause joined by a semicolon may: a finite verb somewhere, not at the start. */
    static boolean isClauseAfterSemicolon(List<String> words) {
        return words.size() >= 3 && !isFiniteVerb(words.get(0)) && hasFiniteVerb(words.subList(1, words.size()));
    }

    /** True when a word's scope may run across a comma into the next clause. */
    static boolean spansClauses(List<String> words) {
        return words.stream().map(ClauseWords::lower).anyMatch(SPANNING::contains);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
