package org.attune.personalization.audience;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.attune.content.article.AudienceId;

/**
 * One audience as data: its id (the same ids the content model uses for author overrides), how its text is
 * rewritten, who it is in schema.org terms, and optionally a hospital's own label and one-line description for
 * "Which best describes you?" (without them the application's message bundle names the audience), and the HL7
 * Infobutton {@code informationRecipient} codes it answers ({@code PAT}, {@code PROV}, ...).
 *
 * @param id             e.g. {@code patient}, {@code clinician}, {@code student} or a hospital's own ({@code caregiver})
 * @param style          how the authored text is rewritten for this audience
 * @param schemaAudience the schema.org audience the page is for
 * @param label          the hospital's own label, or null for the application's
 * @param description    the hospital's own one-line description, or null for the application's
 * @param recipients     the {@code informationRecipient} codes of a clinical system's infobutton this audience
 *                       answers, upper case; none for an audience no infobutton opens
 */
public record AudienceProfile(
        String id,
        RewriteStyle style,
        SchemaAudience schemaAudience,
        String label,
        String description,
        List<String> recipients) {

    private static final Pattern RECIPIENT_CODE = Pattern.compile("[A-Z]{1,20}");

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
        recipients = recipients.stream()
                .map(code -> code.strip().toUpperCase(Locale.ROOT))
                .toList();
        for (String code : recipients) {
            if (!RECIPIENT_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("audience " + id + ": informationRecipient code '" + code
                        + "' is not an HL7 code (1 to 20 letters, e.g. PAT, PROV)");
            }
        }
    }

    public AudienceProfile(
            String id, RewriteStyle style, SchemaAudience schemaAudience, String label, String description) {
        this(id, style, schemaAudience, label, description, List.of());
    }

    public AudienceProfile(String id, RewriteStyle style, SchemaAudience schemaAudience) {
        this(id, style, schemaAudience, null, null);
    }

    /** The same audience answering these {@code informationRecipient} codes. */
    public AudienceProfile answering(List<String> codes) {
        return new AudienceProfile(id, style, schemaAudience, label, description, codes);
    }

    /** Whether a clinical system's infobutton asking for this recipient ({@code PAT}, any case) gets this audience. */
    public boolean answers(String recipient) {
        return recipients.contains(recipient.strip().toUpperCase(Locale.ROOT));
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
