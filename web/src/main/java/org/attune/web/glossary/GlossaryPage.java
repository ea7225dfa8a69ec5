package org.attune.web.glossary;

import java.util.List;

import org.attune.personalization.rewrite.KeyTerm;

/**
 * The glossary page: letters, each with its terms; optionally only the terms of one article.
 *
 * @param article the article the list is limited to, or null for every article
 * @param unknownArticle true when the reader asked for an article that does not exist (then all terms are shown)
 */
public record GlossaryPage(List<Letter> letters, ArticleLink article, boolean unknownArticle) {

    public record Letter(String letter, String anchor, List<Entry> entries) {}

    /** A term, as the article page's key-terms list shows it too, and the articles that use it. */
    public record Entry(KeyTerm term, List<ArticleLink> usedIn) {}

    public record ArticleLink(String slug, String title) {}

    public int termCount() {
        return letters.stream().mapToInt(l -> l.entries().size()).sum();
    }
}
