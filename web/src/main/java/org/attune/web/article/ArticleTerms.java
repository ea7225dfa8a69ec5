package org.attune.web.article;

import java.util.List;

import org.attune.personalization.rewrite.KeyTerm;

/** The glossary terms one article uses, in order of first mention, with what a link to the article needs. */
public record ArticleTerms(String slug, String title, List<KeyTerm> terms) {

    public ArticleTerms {
        terms = List.copyOf(terms);
    }
}
