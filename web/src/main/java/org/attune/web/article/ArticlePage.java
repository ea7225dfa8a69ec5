package org.attune.web.article;

import java.time.LocalDate;
import java.util.List;

import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.rewrite.KeyTerm;
import org.attune.personalization.rewrite.RewrittenBlock;
import org.attune.personalization.rewrite.RewrittenText;
import org.attune.web.audience.AudienceWording;

/**
 * Everything the article page shows for one audience, as plain values. Text comes from the personalization engine
 * as runs (words, glossary terms, citations); references are the same for every audience. What differs per
 * audience (terms defined inline, a key-terms list, the disclaimer) follows from {@link #audience()}. A
 * demonstration article says so above everything else.
 */
public record ArticlePage(
        String slug,
        AudienceProfile audience,
        RewrittenText title,
        String plainTitle,
        Review review,
        LocalDate lastUpdated,
        RewrittenBlock bottomLine,
        List<SectionView> sections,
        List<ReferenceView> references,
        List<KeyTerm> keyTerms,
        List<String> tags,
        boolean demonstration,
        String jsonLd) {

    /** The key-terms list is shown: the audience is learning the terms and the article has some. */
    public boolean showsKeyTerms() {
        return audience.listsKeyTerms() && !keyTerms.isEmpty();
    }

    /**
     * The message key of this audience's disclaimer; its heading is the same key with {@code .heading}. A hospital's
     * own audience gets the disclaimer of the built-in audience of its style.
     */
    public String disclaimerKey() {
        return "audience." + AudienceWording.messageId(audience) + ".disclaimer";
    }

    /** The review badge: the three stages in order, which are done and which is current. */
    public record Review(
            String status,
            boolean approved,
            List<Stage> stages,
            String lastReviewer,
            LocalDate lastReviewed,
            LocalDate nextReviewDue,
            boolean overdue) {}

    public record Stage(String code, boolean done, boolean current) {}

    /** A section: its heading in the reader's words, its anchor, and its blocks grouped for display. */
    public record SectionView(RewrittenText heading, String anchor, List<BlockGroup> groups) {}

    /** Consecutive statements are shown as one list; a paragraph stands alone. */
    public record BlockGroup(boolean list, List<RewrittenBlock> blocks) {}

    public record ReferenceView(
            int number,
            String anchor,
            String type,
            String title,
            String source,
            int year,
            String doi,
            String pmid,
            String url) {}
}
