package org.attune.web.article;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.attune.content.article.Article;
import org.attune.personalization.readability.Readability;
import org.attune.personalization.rewrite.RewrittenArticle;
import org.attune.personalization.rewrite.RewrittenBlock;
import org.attune.personalization.rewrite.RewrittenText;
import org.attune.personalization.rewrite.Run;

/** Turns a domain article and its rewrite for one audience into the API's document. */
final class ArticleDocuments {

    private ArticleDocuments() {}

    static ArticleDocument document(
            Article article,
            RewrittenArticle rewritten,
            Map<String, Readability> readability,
            Map<String, String> displayNames) {
        Map<String, ArticleDocument.Readability> grades = new LinkedHashMap<>();
        readability.forEach((audience, r) ->
                grades.put(audience, new ArticleDocument.Readability(round(r.fleschKincaidGrade()), round(r.smog()))));
        return new ArticleDocument(
                article.slug(),
                rewritten.audience().id(),
                article.isDemonstration(),
                text(rewritten.title()),
                block(rewritten.bottomLine()),
                rewritten.sections().stream()
                        .map(s -> new ArticleDocument.Section(
                                s.anchor(),
                                text(s.heading()),
                                s.blocks().stream().map(ArticleDocuments::block).toList()))
                        .toList(),
                article.references().stream().map(ArticlePages::reference).toList(),
                new ArticleDocument.Review(
                        article.status().code(),
                        article.reviewHistory().stream()
                                .map(e -> new ArticleDocument.ReviewStep(
                                        e.status().code(),
                                        ReviewerNames.forReaders(e.reviewer(), displayNames)
                                                .orElse(null),
                                        e.date(),
                                        e.comment()))
                                .toList()),
                article.lastUpdated(),
                article.tags(),
                grades);
    }

    private static ArticleDocument.Block block(RewrittenBlock block) {
        return new ArticleDocument.Block(
                block.kind().name().toLowerCase(Locale.ROOT),
                block.hasLeadIn() ? text(block.leadIn()) : null,
                text(block.text()),
                block.authorOverride(),
                block.numbers(),
                block.hasCertainty() ? block.certainty().written() : null,
                block.certaintySentence());
    }

    private static ArticleDocument.Text text(RewrittenText text) {
        return new ArticleDocument.Text(
                text.withoutCitations(),
                text.runs().stream().map(ArticleDocuments::run).toList());
    }

    private static ArticleDocument.Run run(Run run) {
        if (run.isCitation()) {
            return new ArticleDocument.Run("citation", null, null, null, null, null, null, run.citation());
        }
        if (run.isTerm()) {
            var note = run.note();
            return new ArticleDocument.Run(
                    "term",
                    run.text(),
                    run.aside(),
                    note.term(),
                    note.plain(),
                    note.definition(),
                    note.expansion(),
                    null);
        }
        return new ArticleDocument.Run("text", run.text(), null, null, null, null, null, null);
    }

    private static double round(double grade) {
        return Math.round(grade * 10) / 10.0;
    }
}
