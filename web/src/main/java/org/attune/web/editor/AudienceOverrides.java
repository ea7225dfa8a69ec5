package org.attune.web.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.attune.content.article.Article;
import org.attune.content.article.AudienceOverride;
import org.attune.content.article.Block;
import org.attune.content.article.Section;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.readability.ReadabilityAnalyzer;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.RewrittenBlock;

/**
 * The per-audience overrides of an article, block by block: each block as written, and for each audience what the
 * engine makes of it beside the author's override, if any. Saving puts the edited overrides back into the file.
 */
@ApplicationScoped
public class AudienceOverrides {

    @Inject
    ArticleRewriter rewriter;

    @Inject
    AudienceProfiles audiences;

    /** Plain-language versions (patients') above this Flesch–Kincaid grade are flagged for the author. */
    static final double PATIENT_GRADE = 8;

    /** One block with its audiences' versions. */
    public record Row(int index, String section, boolean statement, String leadIn, String text, List<Cell> cells) {}

    /**
     * One audience's version of a block.
     *
     * @param automatic what the engine makes of the block for this audience (the override left aside)
     * @param leadIn the override's lead-in, or empty
     * @param text the override's text, or empty when the audience reads the automatic version
     */
    public record Cell(
            AudienceProfile audience,
            String automatic,
            String automaticLeadIn,
            String automaticText,
            String grade,
            boolean tooHard,
            String leadIn,
            String text) {

        /** The value of the button that copies the automatic version into this audience's override. */
        public String use(int index) {
            return index + ":" + audience.id();
        }

        public String field(int index, String part) {
            return "o-" + index + "-" + audience.id() + "-" + part;
        }
    }

    /**
     * The audiences the article has overrides for that this deployment does not offer, in order: kept in the file
     * and shown to nobody, which the author is told (a misspelt {@code > patinet:} would otherwise go unnoticed).
     */
    List<String> unoffered(Article article) {
        return article.audiencesWithWording().stream()
                .filter(id -> audiences.byId(id).isEmpty())
                .toList();
    }

    List<Row> rows(Article article) {
        List<Row> rows = new ArrayList<>();
        rows.add(row(0, null, article.bottomLine()));
        int index = 1;
        for (Section section : article.sections()) {
            for (Block block : section.blocks()) {
                rows.add(row(index++, section.heading(), block));
            }
        }
        return rows;
    }

    private Row row(int index, String section, Block block) {
        List<Cell> cells = new ArrayList<>();
        for (AudienceProfile audience : audiences.all()) {
            RewrittenBlock automatic = rewriter.rewrite(block.withOverride(audience.id(), null), audience);
            AudienceOverride override = block.overrideFor(audience.id()).orElse(null);
            double grade =
                    ReadabilityAnalyzer.analyze(automatic.withoutCitations()).fleschKincaidGrade();
            cells.add(new Cell(
                    audience,
                    (automatic.hasLeadIn() ? automatic.leadIn().display() + " " : "")
                            + automatic.text().display(),
                    automatic.hasLeadIn() ? automatic.leadIn().display() : "",
                    withNumbers(automatic),
                    String.format(java.util.Locale.ROOT, "%.1f", grade),
                    audience.readsPlainLanguage() && grade > PATIENT_GRADE,
                    override == null || override.leadIn() == null ? "" : override.leadIn(),
                    override == null ? "" : override.text()));
        }
        return new Row(index, section, block.isStatement(), block.leadIn(), block.text(), cells);
    }

    /**
     * The automatic text with the statistics the engine moved out of it put back in parentheses, so that an
     * override made from it loses no number.
     */
    private static String withNumbers(RewrittenBlock automatic) {
        String text = automatic.text().display();
        return automatic.numbers().isEmpty() ? text : text + " (" + String.join("; ", automatic.numbers()) + ")";
    }

    /**
     * The article with every block's overrides as posted: an empty text removes that audience's override, and the
     * cell whose "use the automatic version" button was pressed gets the engine's version as its override, for the
     * author to improve.
     */
    Article apply(Article article, Map<String, String[]> form) {
        Article edited = article;
        for (Row row : rows(article)) {
            Block block = row.index() == 0
                    ? edited.bottomLine()
                    : edited.blocks().skip(row.index()).findFirst().orElseThrow();
            for (Cell cell : row.cells()) {
                boolean use = cell.use(row.index()).equals(first(form, "use"));
                String text = use ? cell.automaticText() : first(form, cell.field(row.index(), "text"));
                String leadIn = use ? cell.automaticLeadIn() : first(form, cell.field(row.index(), "lead"));
                block = block.withOverride(
                        cell.audience().id(),
                        text.isBlank()
                                ? null
                                : new AudienceOverride(cell.audience().id(), leadIn.isBlank() ? null : leadIn, text));
            }
            edited = edited.withBlock(row.index(), block);
        }
        return edited;
    }

    private static String first(Map<String, String[]> form, String name) {
        String[] values = form.get(name);
        return values == null || values.length == 0 || values[0] == null ? "" : values[0].strip();
    }
}
