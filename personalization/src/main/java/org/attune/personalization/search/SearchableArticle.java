package org.attune.personalization.search;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.attune.content.article.Article;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.RewrittenArticle;
import org.attune.personalization.rewrite.RewrittenSection;

/**
 * One article as search indexes it: its versions, already rewritten, one per audience, all with the same sections in
 * the same order (the same anchors).
 *
 * @param slug     the article's slug
 * @param versions one rewritten version per audience, in any order
 */
public record SearchableArticle(String slug, List<RewrittenArticle> versions) {

    public SearchableArticle {
        Objects.requireNonNull(slug, "slug");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("article '" + slug + "' has no version to index");
        }
        Set<String> audiences = new HashSet<>();
        List<String> anchors = anchors(versions.get(0));
        for (RewrittenArticle version : versions) {
            if (!slug.equals(version.slug())) {
                throw new IllegalArgumentException("a version of '" + version.slug() + "' given for '" + slug + "'");
            }
            if (!audiences.add(version.audience().id())) {
                throw new IllegalArgumentException("article '" + slug + "' has two versions for audience '"
                        + version.audience().id() + "'");
            }
            if (!anchors(version).equals(anchors)) {
                throw new IllegalArgumentException("the versions of '" + slug + "' have different sections");
            }
        }
    }

    private static List<String> anchors(RewrittenArticle version) {
        return version.sections().stream().map(RewrittenSection::anchor).toList();
    }

    /** The article rewritten for every audience. */
    public static SearchableArticle rewrite(Article article, ArticleRewriter rewriter, AudienceProfiles audiences) {
        List<RewrittenArticle> versions =
                audiences.all().stream().map(a -> rewriter.rewrite(article, a)).toList();
        return new SearchableArticle(article.slug(), versions);
    }

    /** The ids of the audiences it has a version for. */
    Set<String> audienceIds() {
        Set<String> ids = new HashSet<>();
        versions.forEach(v -> ids.add(v.audience().id()));
        return ids;
    }

    /** Its version for an audience. */
    RewrittenArticle versionFor(String audienceId) {
        return versions.stream()
                .filter(v -> v.audience().id().equals(audienceId))
                .findFirst()
                .orElseThrow(() ->
                        new IllegalArgumentException("article '" + slug + "' has no version for '" + audienceId + "'"));
    }
}
