package org.attune.content.citation;

import java.util.Arrays;
import java.util.Optional;

/** What kind of evidence a reference is. */
public enum ReferenceType {
    GUIDELINE("guideline"),
    RESEARCH("research"),
    SYSTEMATIC_REVIEW("systematic-review"),
    OTHER("other");

    private final String code;

    ReferenceType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ReferenceType> fromCode(String code) {
        return Arrays.stream(values())
                .filter(t -> t.code.equalsIgnoreCase(code.trim()))
                .findFirst();
    }

    public static String knownCodes() {
        return String.join(
                ", ", Arrays.stream(values()).map(ReferenceType::code).toList());
    }
}
