package org.attune.personalization.rewrite;

import java.util.List;

import org.attune.content.article.Certainty;
import org.attune.personalization.audience.RewriteStyle;

/** {@code as-authored} (clinicians): the text as written, no term looked for. */
final class AsAuthoredStyle implements StyleRewrite {

    @Override
    public RewriteStyle style() {
        return RewriteStyle.AS_AUTHORED;
    }

    @Override
    public boolean rewritesTerms() {
        return false;
    }

    @Override
    public boolean countsRepeatedTerms() {
        return false;
    }

    @Override
    public PlainedText beforeTerms(String source, PlainRules rules) {
        return new PlainedText(source, List.of());
    }

    @Override
    public String certaintySentence(Certainty certainty, PlainRules rules) {
        return null;
    }

    @Override
    public Shown show(Mention mention) {
        return mention.asWritten();
    }
}
