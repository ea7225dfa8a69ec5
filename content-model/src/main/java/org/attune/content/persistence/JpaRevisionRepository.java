package org.attune.content.persistence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.attune.content.workflow.Revision;
import org.attune.content.workflow.RevisionRepository;
import org.attune.content.workflow.WorkflowState;

/**
 * Revisions through JPA (mapping: {@code META-INF/attune-orm.xml}). Each query fetches the revisions' histories
 * with them; editors and sign-offs load when first read, inside the caller's transaction.
 */
public class JpaRevisionRepository implements RevisionRepository {

    private final EntityManager entityManager;

    public JpaRevisionRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entity manager");
    }

    @Override
    public List<Revision> history(String slug) {
        return entityManager
                .createQuery(
                        "select distinct r from Revision r left join fetch r.history where r.slug = :slug"
                                + " order by r.number desc",
                        Revision.class)
                .setParameter("slug", slug)
                .getResultList();
    }

    @Override
    public Optional<Revision> find(String slug, int number) {
        return entityManager
                .createQuery(
                        "select r from Revision r left join fetch r.history where r.slug = :slug"
                                + " and r.number = :number",
                        Revision.class)
                .setParameter("slug", slug)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Revision> newestOfEach() {
        return entityManager
                .createQuery(
                        "select distinct r from Revision r left join fetch r.history where r.number ="
                                + " (select max(o.number) from Revision o where o.slug = r.slug) order by r.slug",
                        Revision.class)
                .getResultList();
    }

    @Override
    public List<Revision> lastPublishedOfEach() {
        return entityManager
                .createQuery(
                        "select distinct r from Revision r left join fetch r.history where r.state in :published"
                                + " and r.number = (select max(o.number) from Revision o where o.slug = r.slug"
                                + " and o.state in :published) order by r.slug",
                        Revision.class)
                .setParameter("published", List.of(WorkflowState.APPROVED, WorkflowState.RETIRED))
                .getResultList();
    }

    @Override
    public void add(Revision revision) {
        entityManager.persist(Objects.requireNonNull(revision, "revision"));
    }
}
