package org.attune.personalization.audience;

import java.util.Objects;

/**
 * Who a page is for, in schema.org terms: a {@code MedicalAudience} with a {@code MedicalAudienceType}
 * ({@code Patient}, {@code Clinician}) or a plain {@code Audience} with a free-text type ("Medical student").
 * Written in an audiences file as {@code Type:audienceType}, e.g. {@code MedicalAudience:Patient}.
 */
public record SchemaAudience(String type, String audienceType) {

    public SchemaAudience {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(audienceType, "audience type");
        if (!type.equals("MedicalAudience") && !type.equals("Audience")) {
            throw new IllegalArgumentException(
                    "schema.org audience type must be MedicalAudience or Audience, not '" + type + "'");
        }
        if (audienceType.isBlank()) {
            throw new IllegalArgumentException("schema.org audience needs an audienceType");
        }
    }

    /** Reads {@code Type:audienceType}. */
    public static SchemaAudience parse(String written) {
        int colon = written.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("schema.org audience must be Type:audienceType (e.g."
                    + " MedicalAudience:Patient), not '" + written.strip() + "'");
        }
        return new SchemaAudience(
                written.substring(0, colon).strip(),
                written.substring(colon + 1).strip());
    }

    /** True for {@code MedicalAudience}: the JSON-LD property is then {@code medicalAudience}. */
    public boolean isMedical() {
        return type.equals("MedicalAudience");
    }
}
