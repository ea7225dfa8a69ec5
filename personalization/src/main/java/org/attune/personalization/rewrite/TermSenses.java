package org.attune.personalization.rewrite;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.glossary.TermContext;
import org.attune.personalization.text.WordScanner;

/**
 * Decides, for one term match, whether its plain wording fits where it stands: the context conditions of its
 * glossary entry ({@link TermContext}: a word before or after it, a word in its sentence, a word naming its kind
 * before it) and, for an entry whose plain wording is a noun phrase with something after its noun ("something bad
 * that happens", "number of sick people"), whether the term modifies the noun after it. Looks only at the few words
 * around the match; the matcher's single pass is unchanged.
 */
final class TermSenses {

    /**
     * Words before a term that do not name its kind: determiners, pronouns, prepositions, conjunctions, forms of
     * "be", "have" and "do", verbs that take the term as object, and general adjectives. Any other word right before
     * a {@code kept-in-name} term makes it the head of a name ("sickle cell disease", "HIV infection").
     */
    static final Set<String> NOT_A_KIND = Set.of(
            "a",
            "an",
            "the",
            "this",
            "that",
            "these",
            "those",
            "its",
            "their",
            "his",
            "her",
            "our",
            "your",
            "my",
            "any",
            "each",
            "every",
            "some",
            "all",
            "both",
            "either",
            "neither",
            "other",
            "another",
            "such",
            "same",
            "no",
            "of",
            "for",
            "with",
            "without",
            "from",
            "to",
            "in",
            "on",
            "at",
            "by",
            "after",
            "before",
            "during",
            "against",
            "about",
            "among",
            "between",
            "into",
            "than",
            "as",
            "like",
            "per",
            "and",
            "or",
            "but",
            "nor",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "has",
            "have",
            "had",
            "do",
            "does",
            "did",
            "not",
            "get",
            "gets",
            "got",
            "develop",
            "develops",
            "developed",
            "cause",
            "causes",
            "caused",
            "prevent",
            "prevents",
            "prevented",
            "treat",
            "treats",
            "treated",
            "fight",
            "fights",
            "spread",
            "spreads",
            "avoid",
            "severe",
            "mild",
            "moderate",
            "serious",
            "common",
            "rare",
            "new",
            "more",
            "less",
            "most",
            "least",
            "fewer",
            "many",
            "few",
            "much",
            "similar",
            "further",
            "first",
            "second",
            "recent",
            "previous",
            "possible",
            "current",
            "active",
            "early",
            "late",
            "later",
            "which",
            "what",
            "whose",
            "whom",
            "who",
            "one",
            "only",
            "overall",
            "total",
            "major",
            "minor",
            "main",
            "certain");

    /**
     * Nouns that a term in the singular modifies when it stands right before one ("adverse event monitoring",
     * "infection rates", "surveillance data", "antiviral drug"): a closed list, since without a tagger a verb after a
     * subject ("deconditioning follows", "antivirals shorten") looks the same.
     */
    static final Set<String> MODIFIED_NOUNS = Set.of(
            "rate",
            "rates",
            "data",
            "monitoring",
            "reporting",
            "report",
            "reports",
            "profile",
            "profiles",
            "measure",
            "measures",
            "system",
            "systems",
            "estimate",
            "estimates",
            "guideline",
            "guidelines",
            "program",
            "programs",
            "programme",
            "programmes",
            "risk",
            "risks",
            "control",
            "treatment",
            "treatments",
            "therapy",
            "resistance",
            "difference",
            "differences",
            "drop",
            "drops",
            "change",
            "changes",
            "benefit",
            "benefits",
            "reductions",
            "increase",
            "increases",
            "decrease",
            "decreases",
            "improvement",
            "improvements",
            "association",
            "associations",
            "effect",
            "effects",
            "trend",
            "trends",
            "count",
            "counts",
            "outcome",
            "outcomes",
            "score",
            "scores",
            "status",
            "history",
            "testing",
            "test",
            "tests",
            "screening",
            "management",
            "team",
            "teams",
            "unit",
            "units",
            "policy",
            "policies",
            "campaign",
            "campaigns",
            "training",
            "education",
            "research",
            "study",
            "studies",
            "trial",
            "trials",
            "group",
            "groups",
            "level",
            "levels",
            "severity",
            "duration",
            "burden",
            "reduction",
            "prevention",
            "drug",
            "drugs",
            "medicine",
            "medicines",
            "coverage",
            "strategy",
            "strategies",
            "service",
            "services",
            "record",
            "records",
            "review",
            "reviews",
            "analysis",
            "analyses",
            "model",
            "models",
            "definition",
            "definitions",
            "criteria",
            "assessment",
            "assessments",
            "questionnaire",
            "registry",
            "network",
            "networks",
            "form",
            "forms",
            "visit",
            "visits",
            "log",
            "logs");

    /** Words after which a noun phrase's noun is followed by more of it: no such wording can modify a noun. */
    private static final Set<String> AFTER_THE_NOUN = Set.of(
            "that", "which", "who", "whose", "of", "by", "for", "from", "with", "to", "in", "on", "when", "where",
            "caused", "how", "than", "like", "about");

    private static final int WORDS_AHEAD = 3;

    private TermSenses() {}

    /** The sense of the match in its text. */
    static TermSense of(String text, TermMatch m) {
        GlossaryEntry entry = m.entry();
        TermContext context = entry.context();
        if (!context.isNone()) {
            if (!context.keptNear().isEmpty() && sentenceHasAny(text, m, context.keptNear())) {
                return TermSense.OTHER_SENSE;
            }
            String before = wordBefore(text, m.start());
            if (before != null && context.keptAfter().contains(before.toLowerCase(Locale.ROOT))) {
                return TermSense.KEPT;
            }
            if (context.keptInName() && before != null && namesAKind(before)) {
                return TermSense.KEPT;
            }
            if (!context.keptBefore().isEmpty() && followedWithin(text, m.end(), context.keptBefore())) {
                return TermSense.KEPT;
            }
        }
        // the cheap look at the next word first: it rules out almost every match
        if (entry.hasPlain()
                && modifiesNextWord(text, m)
                && (context.modifier() != null || !fitsBeforeANoun(entry.plain()))) {
            return TermSense.BEFORE_NOUN;
        }
        return TermSense.FITS;
    }

    /** Whether a wording can stand before a noun: it ends on its own noun ("lower back pain", not "number of …"). */
    static boolean fitsBeforeANoun(String wording) {
        List<String> words = WordScanner.words(wording);
        for (int i = 1; i < words.size(); i++) {
            if (AFTER_THE_NOUN.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word right before {@code start}, with nothing but spaces (after a closing apostrophe: "Legionnaires'")
     * between; a number counts only as the end of a hyphenated name ("SARS-CoV-2"); null when there is none.
     */
    static String wordBefore(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        if (i == start) {
            return null;
        }
        if (i > 0 && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '\u2019')) {
            i--;
        }
        int end = i;
        while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        if (i == end) {
            return null;
        }
        String word = text.substring(i, end);
        boolean number = word.chars().allMatch(Character::isDigit);
        if (number && (i == 0 || text.charAt(i - 1) != '-')) {
            return null;
        }
        return word;
    }

    /** A word before a term that names its kind: anything but the general words of {@link #NOT_A_KIND}. */
    private static boolean namesAKind(String word) {
        return !NOT_A_KIND.contains(word.toLowerCase(Locale.ROOT));
    }

    /** One of the words follows within three words, nothing but white space or hyphens between. */
    private static boolean followedWithin(String text, int end, Set<String> words) {
        int i = end;
        for (int n = 0; n < WORDS_AHEAD; n++) {
            int gapStart = i;
            while (i < text.length()
                    && (text.charAt(i) == ' '
                            || text.charAt(i) == '-'
                            || (n == 0 && i == end && text.charAt(i) == ','))) {
                // a comma right after the term joins a list of adjectives: "randomized, double-blind trial"
                i++;
            }
            if (i == gapStart || i >= text.length() || !Character.isLetter(text.charAt(i))) {
                return false;
            }
            int wordEnd = WordScanner.wordEnd(text, i);
            if (words.contains(text.substring(i, wordEnd).toLowerCase(Locale.ROOT))) {
                return true;
            }
            i = wordEnd;
        }
        return false;
    }

    /** The term, in the singular, is followed after a single space by a noun of {@link #MODIFIED_NOUNS}. */
    static boolean modifiesNextWord(String text, TermMatch m) {
        int end = m.end();
        if (m.form().plural() || end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        if (!Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        int wordEnd = WordScanner.wordEnd(text, end + 1);
        return MODIFIED_NOUNS.contains(text.substring(end + 1, wordEnd));
    }

    /** One of the words is in the sentence of the match. */
    private static boolean sentenceHasAny(String text, TermMatch m, Set<String> words) {
        int from = sentenceStart(text, m.start());
        int to = sentenceEnd(text, m.end());
        WordScanner scanner = new WordScanner(text.substring(from, to));
        while (scanner.next()) {
            if (words.contains(scanner.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static int sentenceStart(String text, int pos) {
        for (int i = pos - 1; i > 0; i--) {
            if (isSentenceEndAt(text, i - 1)) {
                return i;
            }
        }
        return 0;
    }

    static int sentenceEnd(String text, int pos) {
        for (int i = pos; i < text.length() - 1; i++) {
            if (isSentenceEndAt(text, i)) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean isSentenceEndAt(String text, int i) {
        return ".!?".indexOf(text.charAt(i)) >= 0
                && i + 1 < text.length()
                && Character.isWhitespace(text.charAt(i + 1));
    }
}
