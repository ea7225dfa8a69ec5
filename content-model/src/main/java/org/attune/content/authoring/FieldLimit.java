package org.attune.content.authoring;

import org.attune.content.article.Article;
import org.attune.content.citation.Reference;
import org.attune.content.review.ReviewEvent;

/**
 * The longest value each authored field may have, so that whatever the parser accepts fits the database column it is
 * stored in (the column is named beside each limit; {@code docs/authoring-format.md}, "Limits", lists them for
 * authors). Lengths are counted as Java and H2 count them, in UTF-16 code units: a character outside the Basic
 * Multilingual Plane (most emoji) counts as two, which PostgreSQL, counting characters, holds with room to spare.
 *
 * <p>Each limit is its column's whole width (only the PMID is narrower, by its form): every value up to that width
 * could be saved as a draft before there were limits, and stored revisions are read again by this parser, so a
 * tighter limit would leave some of them unreadable. Every width is ample for what an author writes.
 */
public enum FieldLimit {
    /** {@code article_revision.source}: the whole file, as stored with each revision. */
    FILE(ProblemCode.NAME_FILE, 1_000_000),
    /** {@code article.slug}, {@code article_revision.slug}. */
    SLUG(ProblemCode.NAME_SLUG, Article.MAX_SLUG_LENGTH),
    /** {@code article.title}. */
    TITLE(ProblemCode.NAME_TITLE, 1_000),
    /** {@code article_tag.tag}. */
    TAG(ProblemCode.NAME_TAG, 100),
    /** {@code article_code.display}; the code itself is bounded by its system's form. */
    CODE_DISPLAY(ProblemCode.NAME_CODE_DISPLAY, 500),
    /** {@code article_review_event.reviewer}, and {@code revision_event.actor} when imported. */
    REVIEWER(ProblemCode.NAME_REVIEWER, ReviewEvent.MAX_REVIEWER_LENGTH),
    /** {@code article_review_event.comment}, and {@code revision_event.comment} when imported. */
    REVIEW_COMMENT(ProblemCode.NAME_REVIEW_COMMENT, ReviewEvent.MAX_COMMENT_LENGTH),
    /** {@code article_reference.title}. */
    REFERENCE_TITLE(ProblemCode.NAME_REFERENCE_TITLE, 2_000),
    /** {@code article_reference.source}. */
    REFERENCE_SOURCE(ProblemCode.NAME_REFERENCE_SOURCE, 1_000),
    /** {@code article_reference.doi}. */
    DOI(ProblemCode.NAME_DOI, 255),
    /** {@code article_reference.pmid} holds 32; a PMID is digits only, at most {@link Reference#MAX_PMID_DIGITS}. */
    PMID(ProblemCode.NAME_PMID, Reference.MAX_PMID_DIGITS),
    /** {@code article_reference.url}. */
    URL(ProblemCode.NAME_URL, 2_000),
    /** {@code article_section.heading}. */
    HEADING(ProblemCode.NAME_HEADING, 1_000),
    /** {@code article_block.lead_in}, {@code block_override.lead_in}. */
    LEAD_IN(ProblemCode.NAME_LEAD_IN, 1_000),
    /** {@code article_block.text}, {@code block_override.text}: a paragraph, a statement or an override. */
    TEXT(ProblemCode.NAME_TEXT, 20_000);

    private final ProblemCode name;
    private final int maximum;

    FieldLimit(ProblemCode name, int maximum) {
        this.name = name;
        this.maximum = maximum;
    }

    /** The most characters (UTF-16 code units) a value may have. */
    public int maximum() {
        return maximum;
    }

    public boolean fits(String value) {
        return value == null || value.length() <= maximum;
    }

    /** True when the value fits; otherwise reports it at {@code line} under the field's own name. */
    boolean check(String value, int line, Problems problems) {
        return check(value, Problem.Part.of(name), line, problems);
    }

    /**
     * True when the value fits; otherwise reports it at {@code line}, naming the field as {@code name} ("the
     * statement's lead-in"), e.g. "the title is 1,500 characters; at most 1,000".
     */
    boolean check(String value, Problem.Part name, int line, Problems problems) {
        if (fits(value)) {
            return true;
        }
        problems.add(line, ProblemCode.FIELD_TOO_LONG, name, value.length(), maximum);
        return false;
    }
}
