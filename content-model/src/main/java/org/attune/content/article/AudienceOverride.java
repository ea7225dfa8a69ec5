package org.attune.content.article;

/**
 * An author's own wording of one block for one audience; it replaces any automatic rewriting. The audience is any
 * well-formed id ({@link AudienceId}): an override for an audience the deployment does not offer is kept and unread.
 *
 * @param leadIn the bold lead-in of the override, or null to have none
 */
public record AudienceOverride(String audience, String leadIn, String text) {

    public AudienceOverride {
        if (!AudienceId.isWellFormed(audience)) {
            throw new IllegalArgumentException(
                    "malformed audience id '" + audience + "' (" + AudienceId.expected() + ")");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an override for " + audience + " needs text");
        }
        leadIn = leadIn == null || leadIn.isBlank() ? null : leadIn.strip();
        text = text.strip();
    }
}
