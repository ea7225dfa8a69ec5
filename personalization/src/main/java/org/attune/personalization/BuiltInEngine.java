package org.attune.personalization;

import org.attune.personalization.glossary.Glossaries;
import org.attune.personalization.plain.PlainLanguage;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.ProtectedSpans;

/**
 * The engine as it ships, put together in one place: the term rewriter ({@code rewrite}) with the built-in
 * glossaries, protected spans and plain-language rules ({@code plain}, which implement the {@code PlainRules} that
 * {@code rewrite} owns). Neither package knows the other's built-in parts, so they import each other in one direction
 * only ({@code plain} → {@code rewrite}).
 */
public final class BuiltInEngine {

    private BuiltInEngine() {}

    /** The rewriter with everything built in. Building it reads the glossaries: build once, share (it is immutable). */
    public static ArticleRewriter rewriter() {
        return new ArticleRewriter(Glossaries.builtIn(), ProtectedSpans.builtIn(), PlainLanguage.builtIn());
    }
}
