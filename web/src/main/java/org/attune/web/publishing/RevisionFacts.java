package org.attune.web.publishing;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.attune.content.article.Article;
import org.attune.content.workflow.Revision;

/**
 * What the editors' list shows of a revision that its text alone decides — its question, whether it is demonstration
 * content, what each audience reads of it now — kept per stored version of the revision, so that the list reads and
 * rewrites each text once, not on every visit (two hundred approved articles took 0.8 s a visit). A saved or moved
 * revision has a new version and is read again; the engine and its glossaries are fixed for the application's life,
 * so what an audience reads of an unchanged revision is too. Bounded in memory.
 */
@ApplicationScoped
public class RevisionFacts {

    private static final int KEPT = 20_000;

    @Inject
    Publication publication;

    @Inject
    AudienceFingerprints fingerprints;

    private Cache<Key, Headline> headlines;
    private Cache<Key, Map<String, String>> readerFingerprints;

    /** A revision as stored: its article, its number and its version. */
    private record Key(String slug, int number, long version) {
        static Key of(Revision revision) {
            return new Key(revision.slug(), revision.number(), revision.version());
        }
    }

    /** The question a revision asks and whether it is demonstration content. */
    public record Headline(String title, boolean demonstration) {}

    @PostConstruct
    void start() {
        headlines = Caffeine.newBuilder().maximumSize(KEPT).build();
        readerFingerprints = Caffeine.newBuilder().maximumSize(KEPT).build();
    }

    public Headline headline(Revision revision) {
        return headlines.get(Key.of(revision), key -> {
            Article article = publication.parse(revision);
            return new Headline(article.title(), article.isDemonstration());
        });
    }

    /** Whether what some audience reads of this approved revision differs from what its reviewer signed off. */
    public boolean audienceVersionChanged(Revision approved) {
        Map<String, String> signedOff = approved.signedOff();
        if (signedOff.isEmpty()) {
            return false;
        }
        Map<String, String> now =
                readerFingerprints.get(Key.of(approved), key -> fingerprints.of(publication.readerArticle(approved)));
        return !now.equals(signedOff);
    }
}
