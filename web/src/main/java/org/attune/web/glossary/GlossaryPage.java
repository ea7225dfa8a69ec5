package org.attune.web.glossary;

import java.util.List;

/**
 * The glossary page: letters, each with its terms; optionally only the terms of one article.
 *
 * @param article the article the list is limited to, or null for every article
 * @param unknownArticle true when the reader asked for an article that does not exist (then all terms are shown)
 */
public record GlossaryPage(List<Letter> letters, ArticleLink article, boolean unknownArticle) {

    public record Letter(String letter, String anchor, List<Term> terms) {
    }

    public record Term(String term, String anchor, String abbreviation, String plain, String definition,
                       String expansion, String source, List<ArticleLink> usedIn) {
    }

    public record ArticleLink(String slug, String title) {
    }

    public int termCount() {
        return letters.stream().mapToInt(l -> l.terms().size()).sum();
    }
}
