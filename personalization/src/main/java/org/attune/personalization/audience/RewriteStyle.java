package org.attune.personalization.audience;

import java.util.Arrays;
import java.util.Locale;

import org.attune.content.token.Tokens;

/**
 * The rewrite styles an audiences file may name, each with what follows from it for the reader. How each style
 * rewrites text is a strategy the engine looks up by the style ({@code org.attune.personalization.rewrite}).
 */
public enum RewriteStyle {
    /** Plain wording replaces each technical term; the first mention keeps the term in parentheses. */
    PLAIN,
    /** The technical term stays; its definition is attached at the first mention, abbreviations spelled out. */
    DEFINE,
    /** The text as authored. */
    AS_AUTHORED;

    /** The style as an audiences file names it: {@code plain}, {@code define}, {@code as-authored}. */
    public String code() {
        return Tokens.of(this);
    }

    public static RewriteStyle fromCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(style -> style.code().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown rewrite style '" + code + "' (" + Tokens.listed(RewriteStyle.class) + ")"));
    }

    /** The reader is learning the terms: each is defined inline and the article ends with its key terms. */
    public boolean learnsTerms() {
        return this == DEFINE;
    }

    /** The reader gets plain language: a reading grade above the patient target is worth an editor's look. */
    public boolean isPlainLanguage() {
        return this == PLAIN;
    }
}
