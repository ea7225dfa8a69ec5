package org.attune.web.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attune.content.article.Article;
import org.attune.content.citation.Reference;
import org.attune.content.review.ReviewEvent;
import org.attune.content.review.ReviewStatus;
import org.attune.personalization.rewrite.RewrittenArticle;
import org.attune.personalization.rewrite.RewrittenBlock;

/** Turns a domain article and its rewrite for one audience into the views its pages render. */
final class ArticlePages {

    private ArticlePages() {}

    /** The article in a list: its title and bottom line given as plain text, without citation markers. */
    static ArticleSummary summary(Article article, String title, String bottomLine) {
        return new ArticleSummary(
                article.slug(),
                title,
                bottomLine,
                article.status().code(),
                article.lastUpdated(),
                article.isDemonstration());
    }

    /**
     * @param displayNames the display names of the people the review history records by username
     *                     ({@link ReviewerNames})
     */
    static ArticlePage page(
            Article article,
            RewrittenArticle rewritten,
            String canonicalUrl,
            LocalDate today,
            Map<String, String> displayNames) {
        String plainTitle = rewritten.title().withoutCitations();
        return new ArticlePage(
                article.slug(),
                rewritten.audience(),
                rewritten.title(),
                plainTitle,
                review(article, today, displayNames),
                article.lastUpdated(),
                rewritten.bottomLine(),
                sections(rewritten),
                article.references().stream().map(ArticlePages::reference).toList(),
                rewritten.keyTerms(),
                article.tags(),
                article.isDemonstration(),
                MedicalWebPageJsonLd.of(article, plainTitle, rewritten.audience(), canonicalUrl, displayNames));
    }

    private static ArticlePage.Review review(Article article, LocalDate today, Map<String, String> displayNames) {
        ReviewStatus current = article.status();
        List<ArticlePage.Stage> stages = new ArrayList<>();
        for (ReviewStatus stage : ReviewStatus.values()) {
            stages.add(new ArticlePage.Stage(stage.code(), stage.ordinal() <= current.ordinal(), stage == current));
        }
        ReviewEvent latest = article.latestReview().orElseThrow();
        return new ArticlePage.Review(
                current.code(),
                current.isPublishedAsReviewed(),
                stages,
                ReviewerNames.forReaders(latest.reviewer(), displayNames).orElse(null),
                latest.date(),
                article.nextReviewDue().orElse(null),
                article.isReviewOverdue(today));
    }

    private static List<ArticlePage.SectionView> sections(RewrittenArticle rewritten) {
        return rewritten.sections().stream()
                .map(s -> new ArticlePage.SectionView(s.heading(), s.anchor(), groups(s.blocks())))
                .toList();
    }

    private static List<ArticlePage.BlockGroup> groups(List<RewrittenBlock> blocks) {
        List<ArticlePage.BlockGroup> groups = new ArrayList<>();
        List<RewrittenBlock> statements = new ArrayList<>();
        for (RewrittenBlock block : blocks) {
            if (block.isStatement()) {
                statements.add(block);
                continue;
            }
            if (!statements.isEmpty()) {
                groups.add(new ArticlePage.BlockGroup(true, List.copyOf(statements)));
                statements.clear();
            }
            groups.add(new ArticlePage.BlockGroup(false, List.of(block)));
        }
        if (!statements.isEmpty()) {
            groups.add(new ArticlePage.BlockGroup(true, List.copyOf(statements)));
        }
        return groups;
    }

    /** A reference as the page and the API show it. */
    static ArticlePage.ReferenceView reference(Reference r) {
        return new ArticlePage.ReferenceView(
                r.number(),
                r.anchor(),
                r.type().code(),
                r.title(),
                r.source(),
                r.year(),
                r.doi().orElse(null),
                r.pmid().orElse(null),
                r.url().orElse(null));
    }
}
