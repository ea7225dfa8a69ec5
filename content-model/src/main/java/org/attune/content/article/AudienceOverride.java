package org.attune.content.article;

import java.util.Objects;

/** An author's own wording of one block for one audience; it replaces any automatic rewriting. */
public class AudienceOverride {

    private String audience;
    private String leadIn;
    private String text;

    protected AudienceOverride() {
        // for JPA
    }

    public AudienceOverride(String audience, String leadIn, String text) {
        if (!AudienceIds.isKnown(audience)) {
            throw new IllegalArgumentException("unknown audience '" + audience + "'");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an override for " + audience + " needs text");
        }
        this.audience = audience;
        this.leadIn = leadIn == null || leadIn.isBlank() ? null : leadIn.strip();
        this.text = text.strip();
    }

    public String audience() {
        return audience;
    }

    /** The bold lead-in of the override, or null to have none. */
    public String leadIn() {
        return leadIn;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AudienceOverride other
                && audience.equals(other.audience)
                && Objects.equals(leadIn, other.leadIn)
                && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(audience, leadIn, text);
    }
}
