package org.attune.personalization.search;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Folds each word the way search compares words: lower case, a typographic apostrophe made straight, a possessive
 * "'s" dropped and a plural made singular by simple rules ("therapies" → "therapy", "boxes" → "box", but "status"
 * and "diagnosis" kept). Text and query are folded alike, so the rules only need to be consistent, not perfect
 * English; folding a folded word changes nothing. Words listed as kept are left as written: the acronyms that the
 * glossary matches only in capitals ("TENS" but not "tens of patients"), until the synonyms have been found.
 * Tokens other than words (synonym groups, boundaries) pass untouched.
 */
final class FoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final Set<String> keptAsWritten;

    FoldingFilter(TokenStream input, Set<String> keptAsWritten) {
        super(input);
        this.keptAsWritten = Set.copyOf(keptAsWritten);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (WordTokenizer.WORD.equals(type.type())) {
            String word = term.toString();
            if (!keptAsWritten.contains(word)) {
                term.setEmpty().append(fold(word));
            }
        }
        return true;
    }

    /** Lower case, straight apostrophe, no possessive, singular. */
    static String fold(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return singular(w);
    }

    private static String singular(String w) {
        int n = w.length();
        if (n <= 3 || !w.endsWith("s")) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            return w;
        }
        return w.substring(0, n - 1);
    }
}
