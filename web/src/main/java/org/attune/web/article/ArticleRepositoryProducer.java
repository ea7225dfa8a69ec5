package org.attune.web.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.attune.content.article.ArticleRepository;
import org.attune.content.persistence.JpaArticleRepository;
import org.attune.content.persistence.JpaRevisionRepository;
import org.attune.content.workflow.RevisionRepository;

/** Binds the content model's JPA repositories (articles, revisions) to the container-managed persistence context. */
@ApplicationScoped
public class ArticleRepositoryProducer {

    @PersistenceContext(unitName = "attune")
    EntityManager entityManager;

    @Produces
    ArticleRepository articleRepository() {
        return new JpaArticleRepository(entityManager);
    }

    @Produces
    RevisionRepository revisionRepository() {
        return new JpaRevisionRepository(entityManager);
    }
}
