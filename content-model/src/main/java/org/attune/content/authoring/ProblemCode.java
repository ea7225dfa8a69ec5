package org.attune.content.authoring;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.attune.content.wording.Wording;

/**
 * What can be wrong with an article file, each kind with the key of its wording in the message bundle
 * {@code org/attune/content/authoring/problems.properties} (English; a translation is a {@code problems_<lang>.properties}
 * beside it). A {@link Problem} names its kind and the arguments its wording takes.
 *
 * <p>The constants named {@code NAME_...} and {@code PHRASE_...} are no problems of their own but parts of other
 * problems' wording (a field's name, the list of references), passed as a {@link Problem.Part} argument so that they
 * are worded in the same language as the problem that holds them.
 */
public enum ProblemCode {
    /** A problem worded where it was found, outside the authoring format's bundle: shown as it is, in any language. */
    WORDED("worded"),

    // the file
    FILE_NOT_TEXT("file.not-text"),
    FILE_NUL_CHARACTER("file.nul-character"),
    FILE_NO_FRONT_MATTER("file.no-front-matter"),
    FILE_FRONT_MATTER_NOT_CLOSED("file.front-matter-not-closed"),
    FIELD_TOO_LONG("field.too-long"),

    // the front matter
    SLUG_CHANGED("slug.changed"),
    AUDIENCE_NOT_OFFERED("audience.not-offered"),
    YAML_INVALID("yaml.invalid"),
    FRONT_MATTER_NOT_A_MAPPING("front-matter.not-a-mapping"),
    ARTICLE_UNKNOWN_FIELD("article.unknown-field"),
    REVIEW_UNKNOWN_FIELD("review.unknown-field"),
    CODE_UNKNOWN_FIELD("code.unknown-field"),
    REFERENCE_UNKNOWN_FIELD("reference.unknown-field"),
    FIELD_GIVEN_TWICE("field.given-twice"),
    FIELD_MISSING("field.missing"),
    FIELD_NOT_A_SINGLE_VALUE("field.not-a-single-value"),
    FIELD_EMPTY("field.empty"),
    ENTRIES_NOT_A_LIST("entries.not-a-list"),
    ENTRY_NOT_A_MAPPING("entry.not-a-mapping"),
    SLUG_MALFORMED("slug.malformed"),
    DATE_MALFORMED("date.malformed"),
    DEMO_NOT_TRUE_OR_FALSE("demo.not-true-or-false"),
    TAGS_NOT_A_LIST("tags.not-a-list"),
    REVIEW_MISSING("review.missing"),
    REVIEW_FORBIDDEN("review.forbidden"),
    REVIEW_UNKNOWN_STATUS("review.unknown-status"),
    REVIEW_NOT_STARTED_BY_SUBMISSION("review.not-started-by-submission"),
    REVIEW_ILLEGAL_MOVE("review.illegal-move"),
    CODE_UNKNOWN_SYSTEM("code.unknown-system"),
    CODE_MALFORMED("code.malformed"),
    REFERENCE_NUMBER_OUT_OF_RANGE("reference.number-out-of-range"),
    REFERENCE_NUMBER_GIVEN_TWICE("reference.number-given-twice"),
    REFERENCE_UNKNOWN_TYPE("reference.unknown-type"),
    REFERENCE_YEAR_OUT_OF_RANGE("reference.year-out-of-range"),
    REFERENCE_DOI_MALFORMED("reference.doi-malformed"),
    REFERENCE_PMID_MALFORMED("reference.pmid-malformed"),
    REFERENCE_URL_MALFORMED("reference.url-malformed"),

    // the body
    BODY_NESTED_TOO_DEEPLY("body.nested-too-deeply"),
    BODY_UNSUPPORTED_MARKDOWN("body.unsupported-markdown"),
    BOTTOM_LINE_MISSING("bottom-line.missing"),
    BOTTOM_LINE_NOT_SINGLE("bottom-line.not-single"),
    BOTTOM_LINE_NOT_A_PARAGRAPH("bottom-line.not-a-paragraph"),
    SECTION_MISSING("section.missing"),
    SECTION_WRONG_HEADING_LEVEL("section.wrong-heading-level"),
    SECTION_EMPTY("section.empty"),
    SECTION_HEADING_EMPTY("section.heading-empty"),
    BLOCK_NO_TEXT("block.no-text"),
    LIST_ITEM_NO_STATEMENT("list-item.no-statement"),
    LIST_ITEM_UNSUPPORTED_MARKDOWN("list-item.unsupported-markdown"),
    OVERRIDE_NOT_AFTER_A_BLOCK("override.not-after-a-block"),
    OVERRIDE_NOT_A_PARAGRAPH("override.not-a-paragraph"),
    OVERRIDE_NO_AUDIENCE("override.no-audience"),
    OVERRIDE_MALFORMED_AUDIENCE("override.malformed-audience"),
    OVERRIDE_NO_TEXT("override.no-text"),
    OVERRIDE_GIVEN_TWICE("override.given-twice"),
    CERTAINTY_WITH_MARKUP("certainty.with-markup"),
    CERTAINTY_UNKNOWN("certainty.unknown"),
    CERTAINTY_GIVEN_TWICE("certainty.given-twice"),
    CITATION_NUMBER_TOO_LARGE("citation.number-too-large"),
    CITATION_UNKNOWN_REFERENCE("citation.unknown-reference"),

    // parts of other problems' wording
    NAME_FILE("name.file"),
    NAME_SLUG("name.slug"),
    NAME_TITLE("name.title"),
    NAME_TAG("name.tag"),
    NAME_CODE_DISPLAY("name.code-display"),
    NAME_REVIEWER("name.reviewer"),
    NAME_REVIEW_COMMENT("name.review-comment"),
    NAME_REFERENCE_TITLE("name.reference-title"),
    NAME_REFERENCE_SOURCE("name.reference-source"),
    NAME_DOI("name.doi"),
    NAME_PMID("name.pmid"),
    NAME_URL("name.url"),
    NAME_HEADING("name.heading"),
    NAME_LEAD_IN("name.lead-in"),
    NAME_TEXT("name.text"),
    NAME_BOTTOM_LINE("name.bottom-line"),
    NAME_PARAGRAPH("name.paragraph"),
    NAME_STATEMENT("name.statement"),
    NAME_OVERRIDE("name.override"),
    NAME_LEAD_IN_OF("name.lead-in-of"),
    PHRASE_NO_REFERENCES("phrase.no-references"),
    PHRASE_REFERENCES_ARE("phrase.references-are"),
    PHRASE_AUDIENCE_ID("phrase.audience-id");

    /** The bundle's base name, for {@link ResourceBundle#getBundle(String)}. */
    public static final String BUNDLE = "org.attune.content.authoring.problems";

    private static final Wording WORDING = new Wording(BUNDLE, ProblemCode.class.getClassLoader());

    private final String key;

    ProblemCode(String key) {
        this.key = key;
    }

    /** The key of this wording in the bundle, e.g. {@code citation.unknown-reference}. */
    public String key() {
        return key;
    }

    /**
     * This wording with {@code arguments}, from {@code locale}'s translation, or from the English base bundle where
     * that has none (and for {@link Locale#ROOT}); numbers are written as the language of the wording writes them. A
     * {@link Problem.Part} argument is worded in {@code locale} first.
     */
    String format(Locale locale, List<Object> arguments) {
        Object[] values = arguments.stream()
                .map(argument -> argument instanceof Problem.Part part ? part.message(locale) : argument)
                .toArray();
        return WORDING.format(key, locale, values);
    }
}
