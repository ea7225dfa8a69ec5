package org.attune.personalization.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.attune.personalization.glossary.Glossary;
import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.glossary.Inflection;
import org.attune.personalization.rewrite.TermMatcher;
import org.attune.personalization.text.WordScanner;

/**
 * The glossary seen as synonym groups: one group per entry, holding its term and every form of it (plural, variants,
 * abbreviation), its plain wording (singular and plural) and its expansion. Each group has a token ({@code #12})
 * that the index puts wherever a text mentions a member, through a {@code SynonymGraphFilter} over {@link #map}; a
 * query word then finds a section through the token of every group with a member containing the word. So
 * "electrical nerve stimulation" finds "TENS", and "belly" finds "abdomen".
 *
 * <ul>
 * <li>A form with an acronym ("TENS", "PT") matches only as written, as in the term matcher: its acronyms are
 * {@link #keptAsWritten} and are not folded before the synonyms are found, so "tens of patients" is no mention.</li>
 * <li>An adjective formed from a one-word term also mentions the term's group: a word ending in -al, -ic, -ous, -ar,
 * -ary or -ive that starts with the term less at most its last two letters, at least five letters kept, and goes on
 * for at most six more letters ("abdominal" from "abdomen", "therapeutic" from "therapy", but not "chronological"
 * from "chronic"). Glossaries rarely list these adjectives, and without them "belly pain" would never find
 * "abdominal pain". The rule can pair unrelated words ("general" with a term "generic"); the cost is an extra hit,
 * never a missing one. The adjectives are looked for in the indexed words, so {@link #map} takes them.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class SynonymGroups {

    private static final String TOKEN_PREFIX = "#";
    private static final int MIN_STEM = 5;
    private static final int MAX_ENDING = 6;
    private static final List<String> ADJECTIVE_ENDINGS = List.of("al", "ic", "ous", "ar", "ary", "ive");

    /** Per group: the folded words of all its members. */
    private final List<Set<String>> memberWords = new ArrayList<>();
    /** Folded word → the groups with a member containing it. */
    private final Map<String, Set<Integer>> groupsOfWord = new HashMap<>();
    /** Stem of a one-word term → its groups. */
    private final Map<String, Set<Integer>> stems = new HashMap<>();
    /** Each member as the words the synonym filter sees, with its group. */
    private final List<Member> members = new ArrayList<>();

    private final Set<String> keptAsWritten;

    private record Member(List<String> words, int group) {}

    SynonymGroups(Glossary glossary) {
        this.keptAsWritten = Set.copyOf(acronymsOfExactCaseForms(glossary));
        for (GlossaryEntry entry : glossary.entries()) {
            int group = memberWords.size();
            Set<String> words = new HashSet<>();
            for (String member : memberTexts(entry)) {
                List<String> written = WordScanner.words(member);
                List<String> folded = written.stream().map(FoldingFilter::fold).toList();
                words.addAll(folded);
                if (folded.stream().anyMatch(CommonWordFilter::isSearchable)) {
                    members.add(new Member(
                            written.stream().map(this::asSeenBySynonyms).toList(), group));
                }
            }
            entry.forms().forEach(form -> addStems(form, group));
            memberWords.add(Collections.unmodifiableSet(words));
            words.forEach(word ->
                    groupsOfWord.computeIfAbsent(word, w -> new TreeSet<>()).add(group));
        }
    }

    private static Set<String> acronymsOfExactCaseForms(Glossary glossary) {
        Set<String> acronyms = new HashSet<>();
        for (GlossaryEntry entry : glossary.entries()) {
            for (GlossaryEntry.Form form : entry.forms()) {
                List<String> words = WordScanner.words(form.text());
                if (TermMatcher.isExactCase(words)) {
                    words.stream().filter(TermMatcher::isAcronym).forEach(acronyms::add);
                }
            }
        }
        return acronyms;
    }

    private static Collection<String> memberTexts(GlossaryEntry entry) {
        Set<String> texts = new LinkedHashSet<>();
        entry.forms().forEach(form -> texts.add(form.text()));
        if (entry.hasPlain()) {
            texts.add(entry.plain(false));
            texts.add(entry.plain(true));
        }
        if (entry.expansion() != null) {
            texts.add(entry.expansion());
            texts.add(Inflection.pluralOfPhrase(entry.expansion()));
        }
        return texts;
    }

    private void addStems(GlossaryEntry.Form form, int group) {
        List<String> words = WordScanner.words(form.text());
        if (words.size() != 1 || form.abbreviation() || !words.get(0).chars().allMatch(Character::isLetter)) {
            return;
        }
        String word = FoldingFilter.fold(words.get(0));
        for (int cut = 0; cut <= 2 && word.length() - cut >= MIN_STEM; cut++) {
            stems.computeIfAbsent(word.substring(0, word.length() - cut), s -> new TreeSet<>())
                    .add(group);
        }
    }

    /** A word as the synonym filter sees it: folded, unless it is an acronym matched only as written. */
    String asSeenBySynonyms(String word) {
        return keptAsWritten.contains(word) ? word : FoldingFilter.fold(word);
    }

    /** The acronyms that are not folded before the synonyms are found. */
    Set<String> keptAsWritten() {
        return keptAsWritten;
    }

    int size() {
        return memberWords.size();
    }

    /** The index token of a group. */
    static String token(int group) {
        return TOKEN_PREFIX + group;
    }

    Set<String> memberWords(int group) {
        return memberWords.get(group);
    }

    /** The groups a folded query word stands for: with a member containing it, or whose term it is an adjective of. */
    Set<Integer> groupsOf(String foldedWord) {
        Set<Integer> groups = new TreeSet<>(groupsOfWord.getOrDefault(foldedWord, Set.of()));
        groups.addAll(adjectiveOf(foldedWord));
        return groups;
    }

    /** The tokens of {@link #groupsOf}. */
    Set<String> tokensOf(String foldedWord) {
        Set<String> tokens = new LinkedHashSet<>();
        groupsOf(foldedWord).forEach(group -> tokens.add(token(group)));
        return tokens;
    }

    /** The groups whose one-word term this folded word is an adjective of ("abdominal" → abdomen). */
    Set<Integer> adjectiveOf(String foldedWord) {
        if (ADJECTIVE_ENDINGS.stream().noneMatch(foldedWord::endsWith)
                || !foldedWord.chars().allMatch(Character::isLetter)) {
            return Set.of();
        }
        Set<Integer> groups = new TreeSet<>();
        for (int length = Math.max(MIN_STEM, foldedWord.length() - MAX_ENDING);
                length <= foldedWord.length() - 2;
                length++) {
            groups.addAll(stems.getOrDefault(foldedWord.substring(0, length), Set.of()));
        }
        return groups;
    }

    /**
     * The synonym map for texts made of these words (as the synonym filter sees them): every member of every group
     * maps to its group's token, original words kept; so does every word that is an adjective of a group's term.
     */
    SynonymMap map(Collection<String> vocabulary) {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        CharsRefBuilder scratch = new CharsRefBuilder();
        for (Member member : members) {
            CharsRef words = SynonymMap.Builder.join(member.words().toArray(String[]::new), scratch);
            builder.add(words, new CharsRef(token(member.group())), true);
        }
        for (String word : new TreeSet<>(vocabulary)) {
            for (int group : adjectiveOf(word)) {
                builder.add(new CharsRef(word), new CharsRef(token(group)), true);
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
