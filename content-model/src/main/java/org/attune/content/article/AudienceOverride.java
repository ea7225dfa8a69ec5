package org.attune.content.article;

/**
 * An author's own wording of one block for one audience; it replaces any automatic rewriting.
 *
 * @param leadIn the bold lead-in of the override, or null to have none
 */
public record AudienceOverride(String audience, String leadIn, String text) {

    public AudienceOverride {
        if (!AudienceIds.isKnown(audience)) {
            throw new IllegalArgumentException("unknown audience '" + audience + "'");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an override for " + audience + " needs text");
        }
        leadIn = leadIn == null || leadIn.isBlank() ? null : leadIn.strip();
        text = text.strip();
    }
}
