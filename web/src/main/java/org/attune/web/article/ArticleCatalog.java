package org.attune.web.article;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.attune.content.article.Article;
import org.attune.content.article.ArticleRepository;
import org.attune.content.authoring.ArticleParser;
import org.attune.content.coding.CodeSystem;
import org.attune.content.review.ReviewEvent;
import org.attune.content.workflow.ArticleLife;
import org.attune.content.workflow.Revision;
import org.attune.content.workflow.RevisionRepository;
import org.attune.content.workflow.Usernames;
import org.attune.content.workflow.WorkflowState;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.readability.Readability;
import org.attune.personalization.readability.ReadabilityAnalyzer;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.RewrittenArticle;
import org.attune.personalization.search.SearchableArticle;
import org.attune.web.content.ContentVersion;
import org.attune.web.content.PerArticle;

/**
 * Reads articles for the pages, the glossary and search: loads each whole in one transaction, rewrites it and hands
 * out immutable views, never entities.
 */
@ApplicationScoped
public class ArticleCatalog {

    @Inject
    ArticleRepository articles;

    @Inject
    RevisionRepository revisions;

    @Inject
    ArticleRewriter rewriter;

    @Inject
    AudienceProfiles audiences;

    @Inject
    ReviewerNames reviewerNames;

    @Inject
    ContentVersion version;

    @Inject
    PublishedArticles published;

    /** Each audience's summaries of the articles, kept per article. */
    private final Map<String, PerArticle<ArticleSummary>> summaries = new ConcurrentHashMap<>();

    @Transactional
    public Optional<ArticlePage> page(String slug, AudienceProfile audience, String canonicalUrl) {
        if (!Article.isValidSlug(slug)) {
            return Optional.empty();
        }
        return published
                .bySlug(slug)
                .map(article -> ArticlePages.page(
                        article,
                        rewriter.rewrite(article, audience),
                        canonicalUrl,
                        LocalDate.now(),
                        displayNames(article)));
    }

    /**
     * The article retired at {@code slug}, when readers are shown nothing there now (asked only for an address that
     * has no article, so a page that exists costs nothing more).
     */
    @Transactional
    public Optional<WithdrawnArticle> withdrawn(String slug, AudienceProfile audience) {
        if (!Article.isValidSlug(slug) || articles.findBySlug(slug).isPresent()) {
            return Optional.empty();
        }
        List<Revision> history = revisions.history(slug);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        return ArticleLife.of(history).retired().map(retired -> {
            LocalDate on = LocalDate.ofInstant(
                    retired.lastTime(WorkflowState.RETIRED).orElseThrow().at(), ZoneId.systemDefault());
            String title = ArticleParser.forRevisions(on)
                    .parseAccepted(slug + ".md", retired.source())
                    .title();
            return new WithdrawnArticle(
                    slug, rewriter.rewriteHeading(title, audience).withoutCitations(), on);
        });
    }

    /**
     * Every article's title and bottom line as {@code audience} reads them, for the home page: an article's kept
     * summary while it has not changed.
     */
    @Transactional
    public List<ArticleSummary> summaries(AudienceProfile audience) {
        return eachArticle(
                summaries.computeIfAbsent(audience.id(), id -> new PerArticle<>(version)),
                article -> summary(article, audience));
    }

    /** One article as the API returns it for an audience, with the readability of every audience's version. */
    @Transactional
    public Optional<ArticleDocument> document(String slug, AudienceProfile audience) {
        if (!Article.isValidSlug(slug)) {
            return Optional.empty();
        }
        return published.bySlug(slug).map(article -> {
            Map<String, Readability> readability = new LinkedHashMap<>();
            RewrittenArticle forAudience = rewriter.rewrite(article, audience);
            for (AudienceProfile each : audiences.all()) {
                RewrittenArticle version = each.equals(audience) ? forAudience : rewriter.rewrite(article, each);
                readability.put(each.id(), ReadabilityAnalyzer.analyze(version));
            }
            return ArticleDocuments.document(article, forAudience, readability, displayNames(article));
        });
    }

    /** The display names of the people the article's review history records by username. */
    private Map<String, String> displayNames(Article article) {
        Set<String> usernames = article.reviewHistory().stream()
                .map(ReviewEvent::reviewer)
                .filter(ReviewerNames::isUsername)
                .map(Usernames::normalise)
                .collect(Collectors.toSet());
        return usernames.isEmpty() ? Map.of() : reviewerNames.displayNames(usernames);
    }

    /** Every article as authored (title and bottom line without rewriting), for the editor's and the API's lists. */
    @Transactional
    public List<ArticleSummary> asAuthored() {
        return published.all().stream()
                .map(article -> ArticlePages.summary(
                        article,
                        article.title(),
                        article.bottomLine().citedText().withoutCitations()))
                .toList();
    }

    /**
     * The articles answering a clinical code, those coded exactly first, each with its title and bottom line as
     * {@code audience} reads them.
     */
    @Transactional
    public List<ArticleSummary> answering(CodeSystem system, String code, AudienceProfile audience) {
        String wanted = system.normalise(code);
        return published.all().stream()
                .filter(article -> article.codes().stream().anyMatch(c -> c.answers(system, code)))
                .sorted(Comparator.comparing(article -> article.codes().stream()
                        .noneMatch(c -> c.system() == system
                                && system.normalise(c.code()).equals(wanted))))
                .map(article -> summary(article, audience))
                .toList();
    }

    /** The article's title and bottom line as {@code audience} reads them. */
    private ArticleSummary summary(Article article, AudienceProfile audience) {
        return ArticlePages.summary(
                article,
                rewriter.rewriteHeading(article.title(), audience).withoutCitations(),
                rewriter.rewrite(article.bottomLine(), audience).withoutCitations());
    }

    /**
     * Every article rewritten for every audience, for the search index, in the home page's order: an article that has
     * not changed since {@code kept} rewrote it is not rewritten again.
     */
    @Transactional
    public List<SearchableArticle> searchable(PerArticle<SearchableArticle> kept) {
        return eachArticle(kept, article -> SearchableArticle.rewrite(article, rewriter, audiences));
    }

    /** Each article's glossary terms, for the glossary page: an article's kept terms while it has not changed. */
    @Transactional
    public List<ArticleTerms> terms(PerArticle<ArticleTerms> kept) {
        return eachArticle(
                kept, article -> new ArticleTerms(article.slug(), article.title(), rewriter.keyTerms(article)));
    }

    /** Every article's value, those of the articles that changed since {@code kept} built theirs built now. */
    private <T> List<T> eachArticle(PerArticle<T> kept, Function<Article, T> build) {
        long stamp = kept.stamp();
        List<Article> all = published.all();
        kept.retainOnly(all.stream().map(Article::slug).toList());
        return all.stream()
                .map(article -> kept.get(article.slug(), stamp, () -> build.apply(article)))
                .toList();
    }
}
