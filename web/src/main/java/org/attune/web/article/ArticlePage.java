package org.attune.web.article;

import java.time.LocalDate;
import java.util.List;

/** Everything the article page shows, as plain values. */
public record ArticlePage(String slug, String title, Review review, LocalDate lastUpdated, Paragraph bottomLine,
                          List<SectionView> sections, List<ReferenceView> references, List<String> tags) {

    /** The review badge: the three stages in order, which are done and which is current. */
    public record Review(String status, boolean approved, List<Stage> stages, String lastReviewer,
                         LocalDate lastReviewed) {
    }

    public record Stage(String code, boolean done, boolean current) {
    }

    public record SectionView(String heading, String anchor, List<BlockGroup> groups) {
    }

    /** Consecutive statements are shown as one list; a paragraph stands alone. */
    public record BlockGroup(boolean list, List<Paragraph> blocks) {
    }

    /** A block's lead-in and its text as runs of words and citation links. */
    public record Paragraph(String leadIn, List<Run> runs) {
    }

    /** Words, or a citation (then {@code citations} is not empty and {@code text} is empty). */
    public record Run(String text, List<CitationLink> citations) {

        public boolean isCitation() {
            return !citations.isEmpty();
        }
    }

    public record CitationLink(int number, String anchor) {
    }

    public record ReferenceView(int number, String anchor, String type, String title, String source, int year,
                                String doi, String pmid, String url) {
    }
}
