package org.attune.content.coding;

import java.util.Objects;

/**
 * A clinical code an article answers, e.g. ICD-10-CM M54.50 "Low back pain, unspecified".
 *
 * @param display the code's name in its system, or null
 */
public record ClinicalCode(CodeSystem system, String code, String display) {

    public ClinicalCode {
        Objects.requireNonNull(system, "code system");
        if (code == null || !system.isWellFormed(code)) {
            throw new IllegalArgumentException("'" + code + "' is not a " + system.label() + " code");
        }
        code = code.strip();
        display = display == null || display.isBlank() ? null : display.strip();
    }

    /**
     * True when this code answers a request for {@code asked} in the same system: the same code, or (ICD-10-CM,
     * which is hierarchical) one is a more specific code of the other, e.g. M54.50 answers M54.5 and M54.
     */
    public boolean answers(CodeSystem askedSystem, String asked) {
        if (askedSystem != system) {
            return false;
        }
        String mine = system.normalise(code);
        String theirs = system.normalise(asked);
        if (system != CodeSystem.ICD_10_CM) {
            return mine.equals(theirs);
        }
        return mine.startsWith(theirs) || theirs.startsWith(mine);
    }
}
