package org.attune.web.editor;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.rewrite.RewrittenArticle;
import org.attune.personalization.rewrite.RewrittenBlock;
import org.attune.personalization.rewrite.RewrittenSection;

/**
 * What one audience reads of two revisions, paragraph by paragraph, with the words taken out and put in marked: a
 * reviewer sees what the patient reads before and after, not only the source. Only changed paragraphs are listed.
 * The paragraphs are the title, the bottom line, each heading and each block as readers get them (lead-in, text,
 * certainty sentence and the moved-out numbers, citation markers included).
 */
record ReaderViewDiff(AudienceProfile audience, List<Paragraph> changed) {

    enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    /** A run of words, and whether it was taken out, put in or kept. */
    record Piece(Kind kind, String text) {

        public boolean removed() {
            return kind == Kind.REMOVED;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }
    }

    record Paragraph(List<Piece> pieces) {}

    // Markers for where words were taken out or put in: characters of Unicode's private use area, removed from the
    // texts before they are compared, so that no text can forge one.
    private static final char REMOVED_START = '\uE000';
    private static final char REMOVED_END = '\uE001';
    private static final char ADDED_START = '\uE002';
    private static final char ADDED_END = '\uE003';

    private static final DiffRowGenerator WORDS = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(true)
            .oldTag(start -> String.valueOf(start ? REMOVED_START : REMOVED_END))
            .newTag(start -> String.valueOf(start ? ADDED_START : ADDED_END))
            .lineNormalizer(line -> line) // the default escapes HTML; Thymeleaf escapes what the page shows
            .build();

    static ReaderViewDiff between(RewrittenArticle from, RewrittenArticle to) {
        List<Paragraph> changed = new ArrayList<>();
        for (DiffRow row : WORDS.generateDiffRows(paragraphs(from), paragraphs(to))) {
            if (row.getTag() != DiffRow.Tag.EQUAL) {
                changed.add(new Paragraph(pieces(row.getOldLine())));
            }
        }
        return new ReaderViewDiff(to.audience(), changed);
    }

    public boolean identical() {
        return changed.isEmpty();
    }

    private static List<String> paragraphs(RewrittenArticle article) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(clean(article.title().display()));
        paragraphs.add(clean(block(article.bottomLine())));
        for (RewrittenSection section : article.sections()) {
            paragraphs.add(clean(section.heading().display()));
            section.blocks().forEach(b -> paragraphs.add(clean(block(b))));
        }
        return paragraphs;
    }

    private static String block(RewrittenBlock block) {
        StringBuilder text = new StringBuilder();
        if (block.hasLeadIn()) {
            text.append(block.leadIn().display().strip()).append(' ');
        }
        text.append(block.text().display().strip());
        if (block.certaintySentence() != null) {
            text.append(' ').append(block.certaintySentence());
        }
        if (!block.numbers().isEmpty()) {
            text.append(" [").append(String.join("; ", block.numbers())).append(']');
        }
        return text.toString();
    }

    private static String clean(String text) {
        return text.replaceAll("[\\uE000-\\uE003]", "").replaceAll("\\s+", " ").strip();
    }

    private static List<Piece> pieces(String merged) {
        List<Piece> pieces = new ArrayList<>();
        Kind kind = Kind.SAME;
        StringBuilder run = new StringBuilder();
        for (char c : merged.toCharArray()) {
            Kind next = switch (c) {
                case REMOVED_START -> Kind.REMOVED;
                case ADDED_START -> Kind.ADDED;
                case REMOVED_END, ADDED_END -> Kind.SAME;
                default -> null;
            };
            if (next == null) {
                run.append(c);
                continue;
            }
            if (run.length() > 0) {
                pieces.add(new Piece(kind, run.toString()));
                run.setLength(0);
            }
            kind = next;
        }
        if (run.length() > 0) {
            pieces.add(new Piece(kind, run.toString()));
        }
        return pieces;
    }
}
