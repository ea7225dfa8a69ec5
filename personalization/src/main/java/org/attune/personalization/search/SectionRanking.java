package org.attune.personalization.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Which sections answer the sought words, best first. A section matches when each word (or a synonym of it) is in
 * one of its passages in any audience's version. Best first means: more words in the reader's own text (heading
 * and blocks, the words themselves, not their synonyms); then a higher BM25 score, the sum over the words of the
 * best score of the reader's passages for that word or its synonyms; then the articles' order, then the sections'.
 */
final class SectionRanking {

    /** A matching section with what ranks it. */
    record Ranked(int section, int ownWords, float score) {}

    static final Comparator<Ranked> BEST_FIRST = Comparator.comparingInt(Ranked::ownWords)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
            .thenComparingInt(Ranked::section);

    private final IndexSearcher searcher;

    SectionRanking(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    List<Ranked> rank(List<SoughtWord> words, String audience) {
        Set<Integer> matching = null;
        Map<Integer, Integer> ownWords = new HashMap<>();
        Map<Integer, Float> scores = new HashMap<>();
        for (SoughtWord word : words) {
            Set<Integer> sections = bestPerSection(word.query()).keySet();
            if (matching == null) {
                matching = new HashSet<>(sections);
            } else {
                matching.retainAll(sections);
            }
            if (matching.isEmpty()) {
                return List.of();
            }
            bestPerSection(PassageDocument.readBy(audience, word.query()))
                    .forEach((section, score) -> scores.merge(section, score, Float::sum));
            bestPerSection(PassageDocument.readBy(audience, word.literally()))
                    .keySet()
                    .forEach(section -> ownWords.merge(section, 1, Integer::sum));
        }
        return matching.stream()
                .map(s -> new Ranked(s, ownWords.getOrDefault(s, 0), scores.getOrDefault(s, 0f)))
                .sorted(BEST_FIRST)
                .toList();
    }

    private Map<Integer, Float> bestPerSection(Query query) {
        try {
            return searcher.search(query, new BestPassagePerSection());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
