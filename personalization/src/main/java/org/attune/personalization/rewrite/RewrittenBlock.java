package org.attune.personalization.rewrite;

import java.util.ArrayList;
import java.util.List;

import org.attune.content.article.BlockKind;
import org.attune.content.article.Certainty;

/**
 * A block for one audience.
 *
 * @param kind              paragraph or statement (list item)
 * @param leadIn            the bold lead-in, or null
 * @param text              the text
 * @param authorOverride    true when the author's own wording for this audience is shown
 * @param certainty         the GRADE certainty the author marked, shown to every audience as a badge; or null
 * @param certaintySentence for patients, the certainty in words, read after the text ("We are moderately confident
 *                          in this evidence."); null for other audiences and unmarked blocks
 */
public record RewrittenBlock(
        BlockKind kind,
        RewrittenText leadIn,
        RewrittenText text,
        boolean authorOverride,
        Certainty certainty,
        String certaintySentence) {

    /** A block with no certainty marked. */
    public RewrittenBlock(BlockKind kind, RewrittenText leadIn, RewrittenText text, boolean authorOverride) {
        this(kind, leadIn, text, authorOverride, null, null);
    }

    public boolean hasCertainty() {
        return certainty != null;
    }

    public boolean hasLeadIn() {
        return leadIn != null;
    }

    /** The statistics moved out of the lead-in and the text, in order (empty unless rewritten for patients). */
    public List<String> numbers() {
        if (leadIn == null || !leadIn.hasNumbers()) {
            return text.numbers();
        }
        List<String> all = new ArrayList<>(leadIn.numbers());
        all.addAll(text.numbers());
        return List.copyOf(all);
    }

    public boolean isStatement() {
        return kind == BlockKind.STATEMENT;
    }

    /**
     * Lead-in and text as plain words (no citation markers), the certainty sentence after the text; the lead-in, a
     * bold label, stands on its own line so readability counts it as a unit of its own, like a heading.
     */
    public String withoutCitations() {
        String body =
                certaintySentence == null ? text.withoutCitations() : text.withoutCitations() + " " + certaintySentence;
        if (leadIn == null) {
            return body;
        }
        String label = leadIn.withoutCitations().strip();
        return (label.matches(".*[.:!?]$") ? label : label + ":") + "\n" + body;
    }
}
