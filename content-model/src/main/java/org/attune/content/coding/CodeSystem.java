package org.attune.content.coding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.attune.content.token.Tokens;

/** The code systems articles are indexed by, with the spelling used in article files and their HL7 OIDs. */
public enum CodeSystem {
    /** A letter, a digit, a digit or letter, then up to four digits or letters after an optional dot. */
    ICD_10_CM("2.16.840.1.113883.6.90", "ICD-10-CM", "[A-Za-z][0-9][0-9A-Za-z](\\.?[0-9A-Za-z]{1,4})?"),
    /** Six to eighteen digits, the first not 0. */
    SNOMED_CT("2.16.840.1.113883.6.96", "SNOMED CT", "[1-9][0-9]{5,17}");

    private final String oid;
    private final String label;
    private final Pattern form;

    CodeSystem(String oid, String label, String form) {
        this.oid = oid;
        this.label = label;
        this.form = Pattern.compile(form);
    }

    /** As written in article files: {@code icd-10-cm}, {@code snomed-ct}. */
    public String code() {
        return Tokens.of(this);
    }

    /** The HL7 object identifier of the code system. */
    public String oid() {
        return oid;
    }

    public String label() {
        return label;
    }

    public static Optional<CodeSystem> fromCode(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code().equals(code.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    public static Optional<CodeSystem> fromOid(String oid) {
        return Arrays.stream(values()).filter(s -> s.oid.equals(oid.strip())).findFirst();
    }

    public static String knownCodes() {
        return Tokens.listed(CodeSystem.class);
    }

    /** The code the way codes of this system are compared: ICD-10-CM without case or dot; SNOMED CT as given. */
    public String normalise(String value) {
        String stripped = value.strip();
        return this == ICD_10_CM ? stripped.replace(".", "").toUpperCase(Locale.ROOT) : stripped;
    }

    /** True when this system's codes have this shape (ICD-10-CM: letter, digits, optional dot; SNOMED CT: digits). */
    public boolean isWellFormed(String value) {
        return form.matcher(value.strip()).matches();
    }
}
