package org.attune.personalization.rewrite;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.attune.content.article.Certainty;
import org.attune.personalization.audience.RewriteStyle;

/**
 * How one {@link RewriteStyle} rewrites an audience's text: one implementation per style, looked up by the style
 * an audience's profile names ({@link #of}). The engine does what every style shares (finding terms, protected
 * spans, citations, grammar, notes); a style decides what a term mention shows and what is done to a text first.
 */
interface StyleRewrite {

    /** Every style's strategy, by the style it implements. */
    Map<RewriteStyle, StyleRewrite> BY_STYLE =
            List.of(new PlainStyle(), new DefineStyle(), new AsAuthoredStyle()).stream()
                    .collect(Collectors.toUnmodifiableMap(StyleRewrite::style, Function.identity()));

    /** The strategy of a style. */
    static StyleRewrite of(RewriteStyle style) {
        StyleRewrite rewrite = BY_STYLE.get(style);
        if (rewrite == null) {
            throw new IllegalStateException("no strategy for the rewrite style " + style.code());
        }
        return rewrite;
    }

    /** The style this strategy implements. */
    RewriteStyle style();

    /** False: the text is shown as authored, no term is looked for. */
    default boolean rewritesTerms() {
        return true;
    }

    /**
     * Whether only the terms a text mentions more than once get an aside at their first mention: the engine then
     * counts mentions over the article (or block, or text) as authored, into {@link Mentions#repeated}.
     */
    default boolean countsRepeatedTerms() {
        return false;
    }

    /** A lead-in or block text (never a title or heading) before its terms are rewritten: as it is, by default. */
    default PlainedText beforeTerms(String source, PlainRules rules) {
        return new PlainedText(source, List.of());
    }

    /** The sentence read after a block the author marked with a certainty, or null (the default) for the badge only. */
    default String certaintySentence(Certainty certainty, PlainRules rules) {
        return null;
    }

    /** What one mention of a term shows: the term as written, by default. */
    default Shown show(Mention mention) {
        return mention.asWritten();
    }
}
