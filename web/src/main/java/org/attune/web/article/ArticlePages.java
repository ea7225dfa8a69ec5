package org.attune.web.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.attune.content.article.Article;
import org.attune.content.article.Block;
import org.attune.content.article.Section;
import org.attune.content.citation.Citation;
import org.attune.content.citation.CitedText;
import org.attune.content.citation.Reference;
import org.attune.content.citation.TextSegment;
import org.attune.content.review.ReviewEvent;
import org.attune.content.review.ReviewStatus;

/** Turns a domain article into the views its pages render. */
final class ArticlePages {

    private ArticlePages() {
    }

    static ArticleSummary summary(Article article) {
        return new ArticleSummary(article.slug(), article.title(),
                article.bottomLine().citedText().withoutCitations(), article.status().code(), article.lastUpdated());
    }

    static ArticlePage page(Article article) {
        return new ArticlePage(article.slug(), article.title(), review(article), article.lastUpdated(),
                paragraph(article.bottomLine(), article), sections(article), references(article), article.tags());
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

    private static List<ArticlePage.SectionView> sections(Article article) {
        List<ArticlePage.SectionView> sections = new ArrayList<>();
        for (Section section : article.sections()) {
            sections.add(new ArticlePage.SectionView(section.heading(), anchor(section.heading()),
                    groups(section, article)));
        }
        return sections;
    }

    private static List<ArticlePage.BlockGroup> groups(Section section, Article article) {
        List<ArticlePage.BlockGroup> groups = new ArrayList<>();
        List<ArticlePage.Paragraph> statements = new ArrayList<>();
        for (Block block : section.blocks()) {
            if (block.isStatement()) {
                statements.add(paragraph(block, article));
                continue;
            }
            if (!statements.isEmpty()) {
                groups.add(new ArticlePage.BlockGroup(true, List.copyOf(statements)));
                statements.clear();
            }
            groups.add(new ArticlePage.BlockGroup(false, List.of(paragraph(block, article))));
        }
        if (!statements.isEmpty()) {
            groups.add(new ArticlePage.BlockGroup(true, List.copyOf(statements)));
        }
        return groups;
    }

    static ArticlePage.Paragraph paragraph(Block block, Article article) {
        return new ArticlePage.Paragraph(block.leadIn(), runs(block.citedText(), article));
    }

    private static List<ArticlePage.Run> runs(CitedText text, Article article) {
        List<ArticlePage.Run> runs = new ArrayList<>();
        for (TextSegment segment : text.segments()) {
            if (segment instanceof Citation citation) {
                List<ArticlePage.CitationLink> links = article.resolve(citation).stream()
                        .map(r -> new ArticlePage.CitationLink(r.number(), r.anchor())).toList();
                runs.add(new ArticlePage.Run("", links));
            } else {
                runs.add(new ArticlePage.Run(segment.text(), List.of()));
            }
        }
        return runs;
    }

    private static List<ArticlePage.ReferenceView> references(Article article) {
        return article.references().stream().map(ArticlePages::reference).toList();
    }

    private static ArticlePage.ReferenceView reference(Reference r) {
        return new ArticlePage.ReferenceView(r.number(), r.anchor(), r.type().code(), r.title(), r.source(),
                r.year(), r.doi().orElse(null), r.pmid().orElse(null), r.url().orElse(null));
    }

    /** A fragment identifier for a section heading: lower-case words joined by hyphens. */
    static String anchor(String heading) {
        String slug = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "section-" + (slug.isEmpty() ? "untitled" : slug);
    }
}
