package org.attune.personalization.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects a misspelt query word to the closest word the passages use ("pian" → "pain"), by Lucene's
 * {@link DirectSpellChecker}: a fuzzy (Damerau–Levenshtein) walk over the indexed words, the closest first, then the
 * most used. Only a word that no passage uses and that is in no synonym group is corrected, so a real word the
 * articles do not use ("appendicitis") is never turned into another one. A word must keep its first letter; it may
 * be one edit away when short, two when long; words shorter than four letters are left alone.
 */
final class TypoCorrector {

    /** The shortest word allowed two edits. */
    static final int LONG_WORD = 6;

    private final IndexReader reader;
    private final SynonymGroups synonyms;
    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);

    TypoCorrector(IndexReader reader, SynonymGroups synonyms) {
        this.reader = reader;
        this.synonyms = synonyms;
    }

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(1);
        return checker;
    }

    /** The indexed word a folded query word is a typo of, if it is one. */
    Optional<String> correction(String word) {
        if (!synonyms.groupsOf(word).isEmpty()) {
            return Optional.empty();
        }
        DirectSpellChecker checker = word.length() >= LONG_WORD ? twoEdits : oneEdit;
        try {
            SuggestWord[] suggestions = checker.suggestSimilar(
                    new Term(PassageDocument.TEXT, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return suggestions.length == 0 ? Optional.empty() : Optional.of(suggestions[0].string);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
