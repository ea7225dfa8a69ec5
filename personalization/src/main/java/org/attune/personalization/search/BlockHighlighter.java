package org.attune.personalization.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Finds the sought words and their synonyms in the blocks of a section, as one audience reads them, with Lucene's
 * {@link UnifiedHighlighter}: offsets come from the index, each block is one whole passage, and
 * {@link MatchFormatter} hands back every match with its term.
 */
final class BlockHighlighter {

    private static final String[] FIELDS = {PassageDocument.TEXT};
    private static final int[] ONE_PASSAGE = {1};

    private final IndexSearcher searcher;
    private final WholeBlocks highlighter;

    /** The highlighter, giving each block's {@link HighlightedBlock} rather than a string. */
    private static final class WholeBlocks extends UnifiedHighlighter {

        WholeBlocks(Builder builder) {
            super(builder);
        }

        Object[] highlight(Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(FIELDS, query, docIds, ONE_PASSAGE).get(PassageDocument.TEXT);
        }
    }

    BlockHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.highlighter = new WholeBlocks(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new MatchFormatter())
                .withWeightMatches(false)
                .withMaxLength(Integer.MAX_VALUE - 1));
    }

    /** The section's blocks in reading order, with the words (or their synonyms) found in each. */
    List<HighlightedBlock> blocks(int section, String audience, List<SoughtWord> words) {
        try {
            ScoreDoc[] docs = searcher.search(
                            PassageDocument.blocksOf(section, audience),
                            Math.max(1, searcher.getIndexReader().maxDoc()),
                            PassageDocument.READING_ORDER)
                    .scoreDocs;
            int[] ids = new int[docs.length];
            for (int i = 0; i < docs.length; i++) {
                ids[i] = docs[i].doc;
            }
            Object[] found = highlighter.highlight(anyOf(words), ids);
            List<HighlightedBlock> blocks = new ArrayList<>();
            for (int i = 0; i < ids.length; i++) {
                blocks.add(
                        found[i] != null
                                ? (HighlightedBlock) found[i]
                                : new HighlightedBlock(
                                        searcher.storedFields().document(ids[i]).get(PassageDocument.TEXT), List.of()));
            }
            return blocks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query anyOf(List<SoughtWord> words) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        words.forEach(w -> query.add(w.query(), BooleanClause.Occur.SHOULD));
        return query.build();
    }
}
