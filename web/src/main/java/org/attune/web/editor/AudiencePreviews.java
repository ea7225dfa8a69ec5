package org.attune.web.editor;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.attune.content.article.Article;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.readability.JargonReport;
import org.attune.personalization.readability.JargonWord;
import org.attune.personalization.readability.Readability;
import org.attune.personalization.readability.ReadabilityAnalyzer;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.RewrittenArticle;
import org.attune.web.audience.ReaderAudience;

/** Each audience's version of an article side by side, with its readability and the jargon left in it. */
@ApplicationScoped
public class AudiencePreviews {

    @Inject
    ArticleRewriter rewriter;

    @Inject
    AudienceProfiles audiences;

    @Inject
    JargonReport jargon;

    /**
     * One audience's version.
     *
     * @param fkgl Flesch–Kincaid grade, one decimal
     * @param smog SMOG grade, one decimal
     */
    public record Column(
            AudienceProfile audience, RewrittenArticle article, String fkgl, String smog, List<JargonWord> jargon) {

        /** The column's audience as the text fragments expect the reader's (definitions shown as they would be). */
        public ReaderAudience reader() {
            return new ReaderAudience(audience, List.of(audience), false, false);
        }
    }

    List<Column> of(Article article) {
        return audiences.all().stream()
                .map(audience -> {
                    RewrittenArticle version = rewriter.rewrite(article, audience);
                    Readability readability = ReadabilityAnalyzer.analyze(version);
                    return new Column(
                            audience,
                            version,
                            oneDecimal(readability.fleschKincaidGrade()),
                            oneDecimal(readability.smog()),
                            jargon.of(version.bodyText()).stream().limit(12).toList());
                })
                .toList();
    }

    /** What each audience reads differently in {@code to} than in {@code from}, audience by audience. */
    List<ReaderViewDiff> changes(Article from, Article to) {
        return audiences.all().stream()
                .map(audience ->
                        ReaderViewDiff.between(rewriter.rewrite(from, audience), rewriter.rewrite(to, audience)))
                .toList();
    }

    private static String oneDecimal(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
