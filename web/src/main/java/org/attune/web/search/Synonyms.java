package org.attune.web.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.attune.personalization.glossary.Glossary;
import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.glossary.Inflection;
import org.attune.personalization.rewrite.ProtectedSpans;
import org.attune.personalization.rewrite.TermMatch;
import org.attune.personalization.rewrite.TermMatcher;

/**
 * The glossary seen as synonym groups: one group per entry, holding its term and forms, its abbreviation, its
 * expansion and its plain wording. Finds the groups a text mentions:
 * <ul>
 * <li>a term form, found by the engine's own {@link TermMatcher} (so "TENS" matches, "tens of patients" does not);</li>
 * <li>a plain wording or expansion, as whole consecutive words ("back support belt", "belly");</li>
 * <li>an adjective formed from a one-word term: a word ending in -al, -ic, -ous, -ar, -ary or -ive that starts with
 * the term less at most its last two letters, at least five letters kept, and goes on for at most six more letters
 * ("abdominal" from "abdomen", "therapeutic" from "therapy", but not "chronological" from "chronic"). Only words no
 * term covers are looked at. Glossaries rarely list these adjectives, and without them "belly pain" would never
 * find "abdominal pain". The rule can still pair unrelated words ("general" with a term "generic"); the cost is an
 * extra hit, never a missing one.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class Synonyms {

    private static final int MIN_STEM = 5;
    private static final int MAX_ENDING = 6;
    private static final List<String> ADJECTIVE_ENDINGS = List.of("al", "ic", "ous", "ar", "ary", "ive");

    private final TermMatcher matcher;
    private final ProtectedSpans protectedSpans;
    private final Map<String, Integer> groupOfKey = new HashMap<>();
    /** Per group: the folded words of all its members. */
    private final List<Set<String>> memberWords = new ArrayList<>();
    /** Folded word → the groups with a member containing it. */
    private final Map<String, Set<Integer>> groupsOfWord = new HashMap<>();
    /** First folded word → plain wordings and expansions starting with it. */
    private final Map<String, List<Phrase>> phrases = new HashMap<>();
    /** Stem of a one-word term → its groups. */
    private final Map<String, Set<Integer>> stems = new HashMap<>();

    private record Phrase(List<String> words, int group) {
    }

    /** A group mentioned in a text, with where. */
    record Mention(int start, int end, int group) {
    }

    Synonyms(Glossary glossary, TermMatcher matcher, ProtectedSpans protectedSpans) {
        this.matcher = matcher;
        this.protectedSpans = protectedSpans;
        for (GlossaryEntry entry : glossary.entries()) {
            int group = memberWords.size();
            groupOfKey.put(entry.key(), group);
            Set<String> words = new HashSet<>();
            for (GlossaryEntry.Form form : entry.forms()) {
                words.addAll(Words.folded(form.text()));
                stem(form, group);
            }
            Set<List<String>> added = new HashSet<>();
            for (String member : phraseMembers(entry)) {
                List<String> folded = Words.folded(member);
                words.addAll(folded);
                if (folded.stream().anyMatch(Words::isSearchable) && added.add(folded)) {
                    phrases.computeIfAbsent(folded.get(0), w -> new ArrayList<>()).add(new Phrase(folded, group));
                }
            }
            memberWords.add(Collections.unmodifiableSet(words));
            for (String word : words) {
                groupsOfWord.computeIfAbsent(word, w -> new TreeSet<>()).add(group);
            }
        }
    }

    private static List<String> phraseMembers(GlossaryEntry entry) {
        List<String> members = new ArrayList<>();
        if (entry.hasPlain()) {
            members.add(entry.plain(false));
            members.add(entry.plain(true));
        }
        if (entry.expansion() != null) {
            members.add(entry.expansion());
            members.add(Inflection.pluralOfPhrase(entry.expansion()));
        }
        return members.stream().filter(m -> !Words.folded(m).isEmpty()).distinct().toList();
    }

    private void stem(GlossaryEntry.Form form, int group) {
        List<String> words = Inflection.words(form.text());
        if (words.size() != 1 || form.abbreviation() || !words.get(0).chars().allMatch(Character::isLetter)) {
            return;
        }
        String word = Words.fold(words.get(0));
        for (int cut = 0; cut <= 2 && word.length() - cut >= MIN_STEM; cut++) {
            stems.computeIfAbsent(word.substring(0, word.length() - cut), s -> new TreeSet<>()).add(group);
        }
    }

    int size() {
        return memberWords.size();
    }

    Set<String> memberWords(int group) {
        return memberWords.get(group);
    }

    /** The groups a query word stands for: those with a member containing it, or whose term it is an adjective of. */
    Set<Integer> groupsOf(String foldedWord) {
        Set<Integer> groups = new TreeSet<>(groupsOfWord.getOrDefault(foldedWord, Set.of()));
        groups.addAll(adjectiveOf(foldedWord));
        return groups;
    }

    /** The groups whose one-word term this word is an adjective of ("abdominal" → abdomen). */
    Set<Integer> adjectiveOf(String foldedWord) {
        if (ADJECTIVE_ENDINGS.stream().noneMatch(foldedWord::endsWith)
                || !foldedWord.chars().allMatch(Character::isLetter)) {
            return Set.of();
        }
        Set<Integer> groups = new TreeSet<>();
        for (int length = Math.max(MIN_STEM, foldedWord.length() - MAX_ENDING); length <= foldedWord.length() - 2;
                length++) {
            groups.addAll(stems.getOrDefault(foldedWord.substring(0, length), Set.of()));
        }
        return groups;
    }

    /** Every group the text mentions, by position (start, then longest first). */
    List<Mention> find(String text, List<Words.Token> tokens) {
        List<Mention> mentions = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        List<TermMatch> terms = matcher.find(text, protectedSpans.find(text));
        int t = 0;
        for (TermMatch m : terms) {
            Integer group = groupOfKey.get(m.entry().key());
            if (group != null) {
                mentions.add(new Mention(m.start(), m.end(), group));
            }
            while (t < tokens.size() && tokens.get(t).end() <= m.start()) {
                t++;
            }
            for (int k = t; k < tokens.size() && tokens.get(k).start() < m.end(); k++) {
                covered[k] = true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i]) {
                continue;
            }
            for (Phrase phrase : phrases.getOrDefault(tokens.get(i).folded(), List.of())) {
                int last = i + phrase.words.size() - 1;
                if (matchesAt(text, tokens, covered, i, phrase.words)) {
                    mentions.add(new Mention(tokens.get(i).start(), tokens.get(last).end(), phrase.group));
                }
            }
            for (int group : adjectiveOf(tokens.get(i).folded())) {
                mentions.add(new Mention(tokens.get(i).start(), tokens.get(i).end(), group));
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::end, Comparator.reverseOrder())
                .thenComparingInt(Mention::group));
        return List.copyOf(mentions);
    }

    /** The phrase's words follow one another from token i, separated only by spaces or a hyphen. */
    private static boolean matchesAt(String text, List<Words.Token> tokens, boolean[] covered, int i,
                                     List<String> words) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Words.Token token = tokens.get(i + k);
            if (covered[i + k] || !token.folded().equals(words.get(k))) {
                return false;
            }
            if (k > 0 && !joined(text, tokens.get(i + k - 1).end(), token.start())) {
                return false;
            }
        }
        return true;
    }

    private static boolean joined(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            if (!Character.isWhitespace(ch) && ch != '-' && ch != '\u2010' && ch != '\u2011') {
                return false;
            }
        }
        return true;
    }
}
