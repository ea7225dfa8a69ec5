package org.attune.personalization.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * How search reads English text. For passages: the engine's words ({@link WordTokenizer}), folded except the
 * glossary's acronyms ({@link FoldingFilter}), the glossary's synonym groups marked where a member is mentioned
 * ({@code SynonymGraphFilter} over {@link SynonymGroups#map}, flattened for the index), then everything folded and
 * common words dropped ({@link CommonWordFilter}). For queries: the same words, folded, common words dropped; the
 * synonyms of a query word are looked up by {@link SynonymGroups#groupsOf} instead, so that each word of a phrase
 * finds its group on its own.
 */
final class SearchAnalyzer extends Analyzer {

    private static final SearchAnalyzer FOR_QUERIES = new SearchAnalyzer(null, Set.of());

    private final SynonymMap synonyms;
    private final Set<String> keptAsWritten;

    private SearchAnalyzer(SynonymMap synonyms, Set<String> keptAsWritten) {
        this.synonyms = synonyms;
        this.keptAsWritten = Set.copyOf(keptAsWritten);
    }

    static SearchAnalyzer forQueries() {
        return FOR_QUERIES;
    }

    static SearchAnalyzer forPassages(SynonymMap synonyms, Set<String> keptAsWritten) {
        return new SearchAnalyzer(synonyms, keptAsWritten);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        WordTokenizer words = new WordTokenizer();
        TokenStream stream = words;
        if (synonyms != null) {
            stream = new FoldingFilter(stream, keptAsWritten);
            stream = new SynonymGraphFilter(stream, synonyms, false);
            stream = new FlattenGraphFilter(stream);
        }
        stream = new FoldingFilter(stream, Set.of());
        stream = new CommonWordFilter(stream);
        return new TokenStreamComponents(words, stream);
    }

    /** One token of an analysed text. */
    record Token(String term, String type, int start, int end) {

        boolean isSynonymGroup() {
            return SynonymGraphFilter.TYPE_SYNONYM.equals(type);
        }
    }

    /** The tokens of a text, in order. */
    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = tokenStream(PassageDocument.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), type.type(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
