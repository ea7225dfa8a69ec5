package org.attune.personalization.rewrite;

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
}
