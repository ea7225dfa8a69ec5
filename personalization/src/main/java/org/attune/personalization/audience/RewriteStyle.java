package org.attune.personalization.audience;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The rewrite styles an audiences file may name, each with what follows from it for the reader. How each style
 * rewrites text is a strategy the engine looks up by the style ({@code org.attune.personalization.rewrite}).
 */
public enum RewriteStyle {
    /** Plain wording replaces each technical term; the first mention keeps the term in parentheses. */
    PLAIN("plain", false, true),
    /** The technical term stays; its definition is attached at the first mention, abbreviations spelled out. */
    DEFINE("define", true, false),
    /** The text as authored. */
    AS_AUTHORED("as-authored", false, false);

    private final String code;
    private final boolean learnsTerms;
    private final boolean plainLanguage;

    RewriteStyle(String code, boolean learnsTerms, boolean plainLanguage) {
        this.code = code;
        this.learnsTerms = learnsTerms;
        this.plainLanguage = plainLanguage;
    }

    /** The style as an audiences file names it: {@code plain}, {@code define}, {@code as-authored}. */
    public String code() {
        return code;
    }

    /** The reader is learning the terms: each is defined inline and the article ends with its key terms. */
    public boolean learnsTerms() {
        return learnsTerms;
    }

    /** The reader gets plain language: a reading grade above the patient target is worth an editor's look. */
    public boolean isPlainLanguage() {
        return plainLanguage;
    }

    public static RewriteStyle fromCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(style -> style.code.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rewrite style '" + code + "' ("
                        + Arrays.stream(values()).map(RewriteStyle::code).collect(Collectors.joining(", ")) + ")"));
    }
}
