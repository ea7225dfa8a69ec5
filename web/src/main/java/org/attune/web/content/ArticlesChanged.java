package org.attune.web.content;

import java.util.List;

/**
 * A CDI event: the published articles changed (an import today; a publish tomorrow). {@link ContentVersion}
 * observes it once the transaction has committed, and everything built from the articles (the search index, the
 * glossary, rendered pages) is built again on next use.
 *
 * @param slugs the articles that changed
 */
public record ArticlesChanged(List<String> slugs) {

    public ArticlesChanged {
        slugs = List.copyOf(slugs);
    }
}
