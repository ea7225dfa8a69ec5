package org.attune.web.content;

import java.util.List;

/**
 * A CDI event: what readers are shown of these articles changed (a publication, a retirement, a demo import). {@link ContentVersion}
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
