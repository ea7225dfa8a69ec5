package org.attune.personalization.audience;

import java.util.Objects;

import org.attune.content.article.AudienceIds;

/**
 * One audience: its id (the same ids the content model uses for author overrides), the label and the one-line
 * description shown in "Which best describes you?", and how its text is rewritten.
 */
public record AudienceProfile(String id, String label, String description, RewriteStyle style) {

    public AudienceProfile {
        Objects.requireNonNull(style, "style");
        if (id == null || !AudienceIds.isKnown(id)) {
            throw new IllegalArgumentException("unknown audience id '" + id + "' (known: " + AudienceIds.ALL + ")");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("audience " + id + " needs a label");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("audience " + id + " needs a description");
        }
        label = label.strip();
        description = description.strip();
    }
}
