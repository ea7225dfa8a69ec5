package org.attune.personalization.audience;

import java.util.Objects;

import org.attune.content.article.AudienceId;

/**
 * One audience as data: its id (the same ids the content model uses for author overrides), how its text is
 * rewritten, who it is in schema.org terms, and optionally a hospital's own label and one-line description for
 * "Which best describes you?" (without them the application's message bundle names the audience).
 *
 * @param id             e.g. {@code patient}, {@code clinician}, {@code student} or a hospital's own ({@code caregiver})
 * @param style          how the authored text is rewritten for this audience
 * @param schemaAudience the schema.org audience the page is for
 * @param label          the hospital's own label, or null for the application's
 * @param description    the hospital's own one-line description, or null for the application's
 */
public record AudienceProfile(
        String id, RewriteStyle style, SchemaAudience schemaAudience, String label, String description) {

    public AudienceProfile {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(schemaAudience, "schema.org audience");
        if (!AudienceId.isWellFormed(id)) {
            throw new IllegalArgumentException("malformed audience id '" + id + "' (" + AudienceId.expected() + ")");
        }
        if ((label == null) != (description == null)) {
            throw new IllegalArgumentException("audience " + id + ": give both a label and a description, or neither");
        }
        if (label != null && (label.isBlank() || description.isBlank())) {
            throw new IllegalArgumentException("audience " + id + ": label and description must not be blank");
        }
        label = label == null ? null : label.strip();
        description = description == null ? null : description.strip();
    }

    public AudienceProfile(String id, RewriteStyle style, SchemaAudience schemaAudience) {
        this(id, style, schemaAudience, null, null);
    }

    /** True when the hospital gave its own label and description. */
    public boolean hasOwnLabel() {
        return label != null;
    }

    /** Each term is kept and defined at its first mention, abbreviations spelled out. */
    public boolean definesTerms() {
        return style.learnsTerms();
    }

    /** The article ends with a list of its key terms (the audience is learning them). */
    public boolean listsKeyTerms() {
        return style.learnsTerms();
    }

    /** The audience reads plain language, so a hard reading grade is flagged to the author. */
    public boolean readsPlainLanguage() {
        return style.isPlainLanguage();
    }
}
