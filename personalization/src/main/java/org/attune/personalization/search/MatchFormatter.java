package org.attune.personalization.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages of one block into a {@link HighlightedBlock}: the block's text with every match
 * and the term it matched. No markup: {@link SnippetCutter} decides what is marked and the page escapes the text.
 */
final class MatchFormatter extends PassageFormatter {

    @Override
    public HighlightedBlock format(Passage[] passages, String content) {
        List<HighlightedBlock.Match> matches = new ArrayList<>();
        for (Passage passage : passages) {
            for (int i = 0; i < passage.getNumMatches(); i++) {
                matches.add(new HighlightedBlock.Match(
                        passage.getMatchStarts()[i],
                        passage.getMatchEnds()[i],
                        passage.getMatchTerms()[i].utf8ToString()));
            }
        }
        return new HighlightedBlock(content, matches);
    }
}
