package org.attune.personalization.rewrite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.attune.personalization.glossary.Glossary;
import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.text.WordScanner;

/**
 * Every glossary form compiled into one trie over words, scanned once from left to right.
 *
 * <ul>
 * <li><b>Whole words:</b> the text is cut into words (letters and digits, inner apostrophes kept) and only whole
 * words are compared, so "PT" never matches inside "PTSD". A match never starts or ends inside a hyphenated compound
 * ("avoidance" alone does not match in "fear-avoidance"); inside a term, a hyphen and any run of white space
 * (line breaks too) are the same ("cognitive behavioral therapy" matches "cognitive-behavioral therapy").</li>
 * <li><b>Case:</b> case-insensitive, except that a form with an all-capital word of two or more letters (an
 * acronym such as "TENS" or "PT") matches only as written, so "tens of patients" is left alone.</li>
 * <li><b>Overlaps:</b> leftmost-longest. At each word the trie is followed as far as the text allows; the longest
 * form that ends on a whole word wins, and the scan resumes after it. The result is deterministic and
 * non-overlapping.</li>
 * <li><b>Conflicts:</b> when two entries claim the same form, the later entry of the glossary (the higher layer)
 * wins, and a form written in a glossary wins over a plural inflected by rule.</li>
 * <li><b>Never matched:</b> words inside a protected span, negation words (a term containing one is not
 * compiled), so a rewrite can never swallow "not" or a number, and Roman numerals that number a stage, grade,
 * class, type or phase ({@link RomanNumerals}: "stage IV" is not intravenous).</li>
 * </ul>
 * The words of the forms are numbered ({@link WordIds}) and the trie's edges go by those numbers (an array at the
 * root, {@link TrieEdges} below it): a word of the text is looked up where it stands, neither cut out nor
 * lower-cased, and each step along the trie is one array read or hash probe. The cost per word is bounded by the
 * word count of the longest form, whatever the glossary's size. Immutable and thread-safe once built.
 */
public final class TermMatcher {

    private static final int ROOT = 0;

    private final WordIds wordIds = new WordIds();
    private final TrieEdges edges = new TrieEdges();
    /** The root's edges again, by word number (the next node, or -1): every walk starts with one. */
    private final int[] fromRoot;
    /** The forms that end at each node of the trie (null where none does), by node number. */
    private final List<Candidates> nodes = new ArrayList<>();

    private final int formCount;

    private TermMatcher(Glossary glossary) {
        nodes.add(null);
        int rank = 0;
        int count = 0;
        for (GlossaryEntry entry : glossary.entries()) {
            rank++;
            for (GlossaryEntry.Form form : entry.forms()) {
                List<String> words = WordScanner.words(form.text());
                if (words.isEmpty() || words.stream().anyMatch(Negations::isNegation)) {
                    continue;
                }
                int node = ROOT;
                for (String word : words) {
                    node = childOrNew(node, wordIds.add(WordIds.normal(word)));
                }
                if (nodes.get(node) == null) {
                    nodes.set(node, new Candidates());
                }
                boolean exactCase = isExactCase(words);
                if (nodes.get(node).add(new Candidate(entry, form, exactCase ? words : null, rank, form.explicit()))) {
                    count++;
                }
            }
        }
        this.formCount = count;
        this.fromRoot = new int[wordIds.count()];
        for (int word = 0; word < fromRoot.length; word++) {
            fromRoot[word] = edges.target(ROOT, word);
        }
    }

    private int childOrNew(int node, int word) {
        int child = edges.target(node, word);
        if (child < 0) {
            child = nodes.size();
            nodes.add(null);
            edges.add(node, word, child);
        }
        return child;
    }

    /** The node reached from {@code node} by a word, or -1 (also for a word no form has: -1). */
    private int child(int node, int word) {
        if (word < 0) {
            return -1;
        }
        return node == ROOT ? fromRoot[word] : edges.target(node, word);
    }

    public static TermMatcher of(Glossary glossary) {
        return new TermMatcher(glossary);
    }

    /** How many distinct forms were compiled. */
    public int formCount() {
        return formCount;
    }

    /** Whether a form, as its words, matches only as written: it has an acronym ("TENS", "PT", "PTs"). */
    public static boolean isExactCase(List<String> words) {
        return words.stream().anyMatch(TermMatcher::isAcronym);
    }

    /** An all-capital word of two or more letters, with at most a plural "s" ("TENS", "PT", "PTs"). */
    public static boolean isAcronym(String word) {
        if (word.length() > 2 && word.endsWith("s")) {
            word = word.substring(0, word.length() - 1);
        }
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    /** The terms in a text with nothing protected. */
    public List<TermMatch> find(String text) {
        return find(text, List.of());
    }

    /** The terms in a text, outside the given protected spans (sorted, non-overlapping). */
    public List<TermMatch> find(String text, List<ProtectedSpans.Span> protectedSpans) {
        Words words = new Words(text, protectedSpans, wordIds);
        List<TermMatch> matches = new ArrayList<>();
        int n = words.count;
        int i = 0;
        while (i < n) {
            if (words.blocked[i] || words.joinedLeft(i)) {
                i++;
                continue;
            }
            int node = ROOT;
            int j = i;
            int bestEnd = -1;
            Candidate best = null;
            while (true) {
                node = child(node, words.ids[j]);
                if (node < 0) {
                    break;
                }
                Candidates candidates = nodes.get(node);
                if (candidates != null && !words.joinedRight(j)) {
                    Candidate accepted = candidates.accept(words, i, j);
                    if (accepted != null) {
                        best = accepted;
                        bestEnd = j;
                    }
                }
                if (j + 1 >= n || words.blocked[j + 1] || !words.continues(j)) {
                    break;
                }
                j++;
            }
            if (best == null) {
                i++;
            } else {
                int start = words.starts[i];
                int end = words.ends[bestEnd];
                matches.add(new TermMatch(start, end, text.substring(start, end), best.entry, best.form));
                i = bestEnd + 1;
            }
        }
        return matches;
    }

    /** The forms that end at one node: at most one per case rule, exact-case ones first. */
    private static final class Candidates {
        Candidate[] candidates = new Candidate[0];

        /** Adds a candidate unless an equal-or-stronger one with the same case rule is there; true if new. */
        boolean add(Candidate c) {
            for (int k = 0; k < candidates.length; k++) {
                Candidate old = candidates[k];
                if ((old.exactWords == null) == (c.exactWords == null)
                        && (old.exactWords == null || old.exactWords.equals(c.exactWords))) {
                    if (c.beats(old)) {
                        candidates[k] = c;
                    }
                    return false;
                }
            }
            Candidate[] grown = Arrays.copyOf(candidates, candidates.length + 1);
            grown[candidates.length] = c;
            // exact-case candidates first: they are more specific
            Arrays.sort(grown, (a, b) -> Boolean.compare(a.exactWords == null, b.exactWords == null));
            candidates = grown;
            return true;
        }

        Candidate accept(Words words, int from, int to) {
            for (Candidate c : candidates) {
                if (c.exactWords == null || words.sameAs(from, to, c.exactWords)) {
                    return c;
                }
            }
            return null;
        }
    }

    private record Candidate(
            GlossaryEntry entry, GlossaryEntry.Form form, List<String> exactWords, int rank, boolean explicit) {
        boolean beats(Candidate other) {
            if (explicit != other.explicit) {
                return explicit;
            }
            return rank >= other.rank;
        }
    }

    /** The words of one text, with what lies between them. */
    private static final class Words {
        final String text;
        final int[] starts;
        final int[] ends;
        final boolean[] blocked;
        /** Each word's id in the glossary's words, or -1 when no form has it (or it is protected). */
        final int[] ids;

        final int count;

        Words(String text, List<ProtectedSpans.Span> spans, WordIds wordIds) {
            this.text = text;
            int capacity = Math.max(8, text.length() / 5);
            int[] s = new int[capacity];
            int[] e = new int[capacity];
            int c = 0;
            for (WordScanner scanner = new WordScanner(text); scanner.next(); c++) {
                if (c == s.length) {
                    s = Arrays.copyOf(s, c * 2);
                    e = Arrays.copyOf(e, c * 2);
                }
                s[c] = scanner.start();
                e[c] = scanner.end();
            }
            this.count = c;
            this.starts = s;
            this.ends = e;
            this.blocked = new boolean[c];
            int k = 0;
            for (ProtectedSpans.Span span : spans) {
                while (k < c && ends[k] <= span.start()) {
                    k++;
                }
                int m = k;
                while (m < c && starts[m] < span.end()) {
                    blocked[m] = true;
                    m++;
                }
            }
            RomanNumerals.block(text, s, e, c, blocked);
            this.ids = new int[c];
            for (int w = 0; w < c; w++) {
                ids[w] = blocked[w] ? -1 : wordIds.find(text, s[w], e[w]);
            }
        }

        /** Word i is glued to the previous word by a single hyphen. */
        boolean joinedLeft(int i) {
            return i > 0 && starts[i] - ends[i - 1] == 1 && WordScanner.isHyphen(text.charAt(ends[i - 1]));
        }

        boolean joinedRight(int i) {
            return i + 1 < count && joinedLeft(i + 1);
        }

        /** A term may go on from word i to word i + 1: only white space or a single hyphen lies between them. */
        boolean continues(int i) {
            return WordScanner.joins(text, ends[i], starts[i + 1]);
        }

        boolean sameAs(int from, int to, List<String> exact) {
            if (to - from + 1 != exact.size()) {
                return false;
            }
            for (int k = 0; k < exact.size(); k++) {
                if (!text.regionMatches(
                                starts[from + k], exact.get(k), 0, exact.get(k).length())
                        || ends[from + k] - starts[from + k] != exact.get(k).length()) {
                    return false;
                }
            }
            return true;
        }
    }
}
