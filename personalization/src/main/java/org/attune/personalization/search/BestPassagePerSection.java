package org.attune.personalization.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Collects the sections whose passages match a query, each with the best score of its matching passages. */
final class BestPassagePerSection implements CollectorManager<BestPassagePerSection.PerSegment, Map<Integer, Float>> {

    @Override
    public PerSegment newCollector() {
        return new PerSegment();
    }

    @Override
    public Map<Integer, Float> reduce(Collection<PerSegment> collectors) {
        Map<Integer, Float> best = new HashMap<>();
        collectors.forEach(c -> c.best.forEach((section, score) -> best.merge(section, score, Math::max)));
        return best;
    }

    /** Collects within one slice of the index. */
    static final class PerSegment extends SimpleCollector {

        private final Map<Integer, Float> best = new HashMap<>();
        private SortedNumericDocValues sections;
        private Scorable scorer;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            sections = DocValues.getSortedNumeric(context.reader(), PassageDocument.SECTION);
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (sections.advanceExact(doc)) {
                best.merge((int) sections.nextValue(), scorer.score(), Math::max);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
