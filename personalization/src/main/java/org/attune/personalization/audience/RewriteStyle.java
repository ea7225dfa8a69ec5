package org.attune.personalization.audience;

/** How an audience's text is rewritten from the authored (clinical) text. */
public enum RewriteStyle {
    /** Plain wording replaces each technical term; the first mention keeps the term in parentheses. */
    PLAIN,
    /** The technical term stays; its definition is attached at the first mention, abbreviations spelled out. */
    DEFINE,
    /** The text as authored. */
    AS_AUTHORED;

    public static RewriteStyle fromCode(String code) {
        return switch (code.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "plain" -> PLAIN;
            case "define" -> DEFINE;
            case "as-authored" -> AS_AUTHORED;
            default ->
                throw new IllegalArgumentException("unknown rewrite style '" + code + "' (plain, define, as-authored)");
        };
    }
}
