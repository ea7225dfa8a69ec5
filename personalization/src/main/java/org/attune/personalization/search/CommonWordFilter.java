package org.attune.personalization.search;

import java.util.Set;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Keeps only what is worth searching for: folded words that are neither common words ("the", "of", "what") nor a
 * lone letter, and synonym-group tokens. Drops the boundaries between words once the synonyms have been found.
 */
final class CommonWordFilter extends FilteringTokenFilter {

    /** Common words that carry no meaning for search. Medical words are never here. */
    private static final Set<String> COMMON = Set.of(
            "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
            "before", "being", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "during", "each",
            "few", "for", "from", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i",
            "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my",
            "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own",
            "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then",
            "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was",
            "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
            "you", "your", "yours");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    CommonWordFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        return switch (type.type()) {
            case SynonymGraphFilter.TYPE_SYNONYM -> true;
            case WordTokenizer.WORD -> isSearchable(term.toString());
            default -> false;
        };
    }

    /** A folded word worth searching for: not a common word, not a lone letter. */
    static boolean isSearchable(String folded) {
        if (COMMON.contains(folded)) {
            return false;
        }
        return folded.length() > 1 || Character.isDigit(folded.charAt(0));
    }
}
