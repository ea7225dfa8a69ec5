package org.attune.web.article;

/**
 * A CDI event: the published articles changed (an import today; a publish tomorrow). Whatever is built from the
 * articles (the search index, the glossary) observes it after the transaction commits and builds again on next use.
 *
 * @param slugs the articles that changed
 */
public record ArticlesChanged(java.util.List<String> slugs) {

    public ArticlesChanged {
        slugs = java.util.List.copyOf(slugs);
    }
}
