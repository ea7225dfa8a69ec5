package org.attune.content.workflow;

import java.util.List;
import java.util.Optional;

/** Where revisions are kept. The caller owns the transaction. */
public interface RevisionRepository {

    /** Every revision of the article, newest first; empty for an unknown slug. */
    List<Revision> history(String slug);

    Optional<Revision> find(String slug, int number);

    /** The newest revision of every article, by slug. */
    List<Revision> newestOfEach();

    /**
     * The last published revision of every article that has one, by slug: its newest approved or retired revision
     * ({@link ArticleLife#lastPublished()}).
     */
    List<Revision> lastPublishedOfEach();

    void add(Revision revision);
}
