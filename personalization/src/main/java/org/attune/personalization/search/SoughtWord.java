package org.attune.personalization.search;

import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * One word searched for: the query word as folded (or its correction), and the tokens of the synonym groups it
 * stands for. A passage has the word when it has the word itself or any of those tokens.
 *
 * @param word     the folded word
 * @param synonyms the tokens of its synonym groups
 */
record SoughtWord(String word, Set<String> synonyms) {

    SoughtWord {
        synonyms = Set.copyOf(synonyms);
    }

    /** The word or any of its synonyms, scored by BM25 as one term. */
    Query query() {
        SynonymQuery.Builder query = new SynonymQuery.Builder(PassageDocument.TEXT);
        query.addTerm(new Term(PassageDocument.TEXT, word));
        synonyms.stream().sorted().forEach(token -> query.addTerm(new Term(PassageDocument.TEXT, token)));
        return query.build();
    }

    /** The word itself only. */
    Query literally() {
        return new TermQuery(new Term(PassageDocument.TEXT, word));
    }

    boolean isIn(HighlightedBlock block) {
        return block.has(word) || block.hasAny(synonyms);
    }

    /** Where to mark the word in a block: where it stands, or, when it does not, where its synonyms do. */
    List<HighlightedBlock.Match> marksIn(HighlightedBlock block) {
        return block.has(word) ? block.matchesOf(Set.of(word)) : block.matchesOf(synonyms);
    }
}
