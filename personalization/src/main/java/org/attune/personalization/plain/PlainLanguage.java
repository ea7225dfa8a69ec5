package org.attune.personalization.plain;

import java.util.Objects;

import org.attune.content.article.Certainty;
import org.attune.personalization.rewrite.PlainRules;
import org.attune.personalization.rewrite.PlainedText;
import org.attune.personalization.rewrite.ProtectedSpans;

/**
 * The built-in plain-language rules for patients, in order: statistics out of the reading flow
 * ({@link StatisticsMover}), GRADE ratings written in the text said in words ({@link CertaintyInWords}), plain words
 * ({@link PlainWords}), shorter sentences ({@link SentenceSplitter}); and an author's certainty marking in words.
 * Immutable and thread-safe; build once.
 */
public final class PlainLanguage implements PlainRules {

    private final StatisticsMover statistics = new StatisticsMover();
    private final CertaintyInWords certainty = new CertaintyInWords();
    private final PlainWords words;
    private final SentenceSplitter splitter;

    public PlainLanguage(PlainWords words, ProtectedSpans protectedSpans) {
        this.words = Objects.requireNonNull(words, "words");
        this.splitter = new SentenceSplitter(protectedSpans);
    }

    /** The built-in word list and protected spans. */
    public static PlainLanguage builtIn() {
        return new PlainLanguage(PlainWords.builtIn(), ProtectedSpans.builtIn());
    }

    @Override
    public String certaintySentence(Certainty certainty) {
        return CertaintyInWords.sentence(certainty);
    }

    @Override
    public PlainedText apply(String text) {
        PlainedText moved = statistics.moveOut(text);
        String plain = splitter.split(words.replace(certainty.rewrite(moved.text())));
        return new PlainedText(plain, moved.numbers());
    }
}
