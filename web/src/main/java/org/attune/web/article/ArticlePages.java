package org.attune.web.article;

import java.util.ArrayList;
import java.util.List;

import org.attune.content.article.Article;
import org.attune.content.citation.Reference;
import org.attune.content.review.ReviewEvent;
import org.attune.content.review.ReviewStatus;
import org.attune.personalization.rewrite.KeyTerm;
import org.attune.personalization.rewrite.RewrittenArticle;
import org.attune.personalization.rewrite.RewrittenBlock;
import org.attune.personalization.rewrite.RewrittenSection;
import org.attune.personalization.rewrite.RewrittenText;

/** Turns a domain article and its rewrite for one audience into the views its pages render. */
final class ArticlePages {

    private ArticlePages() {
    }

    static ArticleSummary summary(Article article, RewrittenText title, RewrittenBlock bottomLine) {
        return new ArticleSummary(article.slug(), title.withoutCitations(), bottomLine.withoutCitations(),
                article.status().code(), article.lastUpdated());
    }

    static ArticlePage page(Article article, RewrittenArticle rewritten, String canonicalUrl) {
        List<ArticlePage.ReferenceView> references = article.references().stream().map(ArticlePages::reference)
                .toList();
        ArticlePage page = new ArticlePage(article.slug(), rewritten.audience().id(), rewritten.title(),
                rewritten.title().withoutCitations(), review(article), article.lastUpdated(), rewritten.bottomLine(),
                sections(article, rewritten), references, keyTerms(rewritten), article.tags(), null);
        return withJsonLd(page, MedicalWebPageJsonLd.of(page, article, canonicalUrl));
    }

    private static ArticlePage withJsonLd(ArticlePage p, String jsonLd) {
        return new ArticlePage(p.slug(), p.audience(), p.title(), p.plainTitle(), p.review(), p.lastUpdated(),
                p.bottomLine(), p.sections(), p.references(), p.keyTerms(), p.tags(), jsonLd);
    }

    private static ArticlePage.Review review(Article article) {
        ReviewStatus current = article.status();
        List<ArticlePage.Stage> stages = new ArrayList<>();
        for (ReviewStatus stage : ReviewStatus.values()) {
            stages.add(new ArticlePage.Stage(stage.code(), stage.ordinal() <= current.ordinal(), stage == current));
        }
        ReviewEvent latest = article.latestReview().orElseThrow();
        return new ArticlePage.Review(current.code(), current.isPublishedAsReviewed(), stages, latest.reviewer(),
                latest.date());
    }

    private static List<ArticlePage.SectionView> sections(Article article, RewrittenArticle rewritten) {
        List<ArticlePage.SectionView> sections = new ArrayList<>();
        for (int i = 0; i < rewritten.sections().size(); i++) {
            RewrittenSection section = rewritten.sections().get(i);
            sections.add(new ArticlePage.SectionView(section.heading(),
                    section.anchor(), groups(section.blocks())));
        }
        return sections;
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

    private static List<ArticlePage.KeyTermView> keyTerms(RewrittenArticle rewritten) {
        return rewritten.keyTerms().stream().map(ArticlePages::keyTerm).toList();
    }

    static ArticlePage.KeyTermView keyTerm(KeyTerm t) {
        return new ArticlePage.KeyTermView(t.term(), t.anchor(), t.abbreviation(), t.plain(),
                t.definition(), t.expansion(), t.source());
    }

    private static ArticlePage.ReferenceView reference(Reference r) {
        return new ArticlePage.ReferenceView(r.number(), r.anchor(), r.type().code(), r.title(), r.source(),
                r.year(), r.doi().orElse(null), r.pmid().orElse(null), r.url().orElse(null));
    }
}
