package org.attune.personalization.search;

import java.io.IOException;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.attune.personalization.text.WordScanner;

/**
 * Cuts text into words by the engine's own word rule ({@link WordScanner}), so that search and the term matcher see
 * the same words at the same offsets. Between two words that a term could not run across (anything but white space
 * or a single hyphen lies between them: a full stop, a comma, a colon) it puts a {@link #BOUNDARY} token, so a
 * synonym phrase never matches across a sentence end ("It was electrical. Nerve stimulation followed." does not say
 * "electrical nerve stimulation"); {@link CommonWordFilter} drops the boundaries before indexing.
 */
final class WordTokenizer extends Tokenizer {

    /** Type of a word token. */
    static final String WORD = "word";
    /** Type of the token between two words that a phrase may not span. */
    static final String BOUNDARY = "boundary";

    private static final String BOUNDARY_TEXT = "\u00b6";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final StringBuilder text = new StringBuilder();
    private WordScanner scanner;
    private int previousEnd;
    private boolean wordPending;

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        char[] buffer = new char[1024];
        for (int read = input.read(buffer); read != -1; read = input.read(buffer)) {
            text.append(buffer, 0, read);
        }
        scanner = new WordScanner(text);
        previousEnd = -1;
        wordPending = false;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (!wordPending) {
            if (!scanner.next()) {
                return false;
            }
            if (previousEnd >= 0 && !WordScanner.joins(text, previousEnd, scanner.start())) {
                wordPending = true;
                emit(BOUNDARY_TEXT, previousEnd, scanner.start(), BOUNDARY);
                return true;
            }
        }
        wordPending = false;
        emit(scanner.word(), scanner.start(), scanner.end(), WORD);
        previousEnd = scanner.end();
        return true;
    }

    private void emit(String token, int start, int end, String tokenType) {
        term.setEmpty().append(token);
        offset.setOffset(correctOffset(start), correctOffset(end));
        type.setType(tokenType);
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offset.setOffset(last, last);
    }
}
