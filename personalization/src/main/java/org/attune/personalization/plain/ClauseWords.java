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
    private static final Set<String> FINITE_VERBS = words(
            "is are was were demonstrated demonstrates has have had do does did may might can could will would should must shall showed "
                    + "shows found finds reduced reduces improved improves increased increases decreased decreases "
                    + "lowered lowers raised raises helped helps caused causes led leads made makes gave gives took "
                    + "takes lasted lasts remained remains appeared appears seemed seems suggested suggests reported "
                    + "reports included includes favoured favored favours favors differed differs changed needed needs "
                    + "used uses received receives felt feels worked works occurred occurs happened happens means meant "
                    + "varied varies ranged ranges measured looked studied tested compared lost gained rated scored "
                    + "reached recommend recommends recommended contributed enrolled assessed evaluated examined "
                    + "investigated identified provided provides resulted affected affects supports supported "
                    + "relieved relieves eased eases fell rose dropped fail failed fails help reduce improve "
                    + "increase seem appear remain differ");

    /** Words a dependent phrase, not a clause with its own subject, starts with. */
    private static final Set<String> DEPENDENT_STARTS =
            words("to of in on at for with without by from as than then that so or nor not no because if when "
                    + "although though whether either neither only also even especially including such respectively "
                    + "into over under after before during between among within per versus vs which who whom whose "
                    + "where while and but e i too more less most least very");

    /** Words that start a dependent clause: a finite verb after one of them is not the clause's own. */
    private static final Set<String> SUBORDINATORS =
            words("that which who whom whose where when if because although though whether unless while since");

    /** Words of a negation or comparison whose scope runs on into the next clause ("neither … nor"). */
    private static final Set<String> SPANNING = words("neither either whether both only");

    private ClauseWords() {}

    private static Set<String> words(String spaced) {
        return Set.of(spaced.split(" "));
    }

    static boolean isFiniteVerb(String word) {
        return FINITE_VERBS.contains(lower(word));
    }

    static boolean hasFiniteVerb(List<String> words) {
        return words.stream().anyMatch(ClauseWords::isFiniteVerb);
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
        if (isFiniteVerb(first) || DEPENDENT_STARTS.contains(first) || first.endsWith("ing")) {
            return false;
        }
        int dependentVerbsPending = 0;
        for (String word : words.subList(1, words.size())) {
            if (SUBORDINATORS.contains(lower(word))) {
                dependentVerbsPending++;
            } else if (dependentVerbsPending > 0
                    && (isFiniteVerb(word) || lower(word).endsWith("ed"))) {
                dependentVerbsPending--;
            } else if (isFiniteVerb(word)) {
                return true;
            }
        }
        return false;
    }

    /** True when a word's scope may run across a comma into the next clause. */
    static boolean spansClauses(List<String> words) {
        return words.stream().map(ClauseWords::lower).anyMatch(SPANNING::contains);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
