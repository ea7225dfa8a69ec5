package org.attune.content.citation;

import java.util.Optional;

import org.attune.content.token.Tokens;

/** What kind of evidence a reference is. */
public enum ReferenceType {
    GUIDELINE,
    RESEARCH,
    SYSTEMATIC_REVIEW,
    OTHER;

    /** As written in article files, e.g. {@code systematic-review}. */
    public String code() {
        return Tokens.of(this);
    }

    public static Optional<ReferenceType> fromCode(String code) {
        return Tokens.find(ReferenceType.class, code);
    }

    public static String knownCodes() {
        return Tokens.listed(ReferenceType.class);
    }
}
