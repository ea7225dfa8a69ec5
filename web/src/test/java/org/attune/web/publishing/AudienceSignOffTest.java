package org.attune.web.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.attune.content.workflow.Editor;
import org.attune.content.workflow.Revision;
import org.attune.content.workflow.RevisionRepository;
import org.attune.content.workflow.WorkflowState;
import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.glossary.Glossaries;
import org.attune.personalization.glossary.GlossaryFormat;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.ProtectedSpans;
import org.attune.web.ArticleFixtures;
import org.junit.jupiter.api.Test;

/**
 * The sign-off per audience version, with the real engine: what each audience reads is fingerprinted at approval,
 * and a later glossary change that alters what patients read flags the article for a reviewer.
 */
class AudienceSignOffTest {

    private static final Editor AUTHOR = new Editor("ana", true, false, false);
    private static final Editor REVIEWER = new Editor("rui", false, true, false);
    /** The workflow tests' article, with a term ("brisk walking") a hospital glossary may reword for patients. */
    private static final String ARTICLE = ArticleFixtures.article("walking-for-back-pain")
            .replace("walking reduced pain", "brisk walking reduced pain");

    /** A revision approved with the fingerprints of what each audience read under {@code engine}. */
    private static Revision approvedUnder(ArticleRewriter engine, EditorialDesk desk) {
        Revision revision = Revision.draft("walking-for-back-pain", 1, ARTICLE, AUTHOR, Instant.now());
        revision.moveTo(WorkflowState.SUBMITTED, AUTHOR, Instant.now(), null);
        revision.moveTo(WorkflowState.UNDER_REVIEW, REVIEWER, Instant.now(), null);
        revision.moveTo(WorkflowState.APPROVED, REVIEWER, Instant.now(), null);
        revision.signOff(fingerprints(engine).of(desk.publication.readerArticle(revision)), REVIEWER, Instant.now());
        return revision;
    }

    /** The built-in engine with a hospital glossary that rewords "brisk walking" for patients. */
    private static ArticleRewriter withHospitalTerm() throws java.io.IOException {
        return new ArticleRewriter(
                GlossaryFormat.read("hospital.glossary", new StringReader("""
                                source: St Elsewhere patient education

                                term: brisk walking
                                plural: -
                                plain: walking quickly
                                """)).applyTo(Glossaries.builtIn()),
                ProtectedSpans.builtIn());
    }

    private static AudienceFingerprints fingerprints(ArticleRewriter engine) {
        AudienceFingerprints fingerprints = new AudienceFingerprints();
        fingerprints.rewriter = engine;
        fingerprints.audiences = AudienceProfiles.builtIn();
        return fingerprints;
    }

    private static EditorialDesk deskWith(ArticleRewriter engine, List<Revision> stored) {
        EditorialSettings settings = new EditorialSettings();
        settings.reviewCycleText = "P12M";
        settings.unreviewedPolicy = "notice";
        settings.read();
        Publication publication = new Publication();
        publication.settings = settings;
        EditorialDesk desk = new EditorialDesk();
        desk.settings = settings;
        desk.publication = publication;
        desk.fingerprints = fingerprints(engine);
        desk.facts = new RevisionFacts();
        desk.facts.publication = publication;
        desk.facts.fingerprints = desk.fingerprints;
        desk.facts.start();
        desk.revisions = new RevisionRepository() {
            @Override
            public List<Revision> history(String slug) {
                return stored.stream().filter(r -> r.slug().equals(slug)).toList();
            }

            @Override
            public Optional<Revision> find(String slug, int number) {
                return history(slug).stream().filter(r -> r.number() == number).findFirst();
            }

            @Override
            public List<Revision> newestOfEach() {
                return stored;
            }

            @Override
            public List<Revision> lastPublishedOfEach() {
                return stored.stream()
                        .filter(r -> r.state() == WorkflowState.APPROVED || r.state() == WorkflowState.RETIRED)
                        .toList();
            }

            @Override
            public void add(Revision revision) {
                stored.add(revision);
            }
        };
        return desk;
    }

    @Test
    void aGlossaryChangeThatAltersWhatPatientsReadFlagsTheApprovedArticle() throws Exception {
        ArticleRewriter before = BuiltInEngine.rewriter();
        ArticleRewriter after = withHospitalTerm();
        List<Revision> stored = new ArrayList<>();
        stored.add(approvedUnder(before, deskWith(before, stored)));

        assertThat(deskWith(before, stored)
                        .row("walking-for-back-pain")
                        .orElseThrow()
                        .audienceVersionChanged())
                .as("the same glossary: nothing changed")
                .isFalse();
        assertThat(deskWith(after, stored)
                        .row("walking-for-back-pain")
                        .orElseThrow()
                        .audienceVersionChanged())
                .as("a hospital term now rewrites the patient version")
                .isTrue();
    }

    @Test
    void aReviewerConfirmsTheChangedVersionsAndTheFlagClears() throws Exception {
        ArticleRewriter before = BuiltInEngine.rewriter();
        List<Revision> stored = new ArrayList<>();
        Revision approved = approvedUnder(before, deskWith(before, stored));
        stored.add(approved);
        ArticleRewriter after = withHospitalTerm();
        EditorialDesk desk = deskWith(after, stored);

        approved.signOff(desk.fingerprints.of(desk.publication.readerArticle(approved)), REVIEWER, Instant.now());

        assertThat(desk.row("walking-for-back-pain").orElseThrow().audienceVersionChanged())
                .isFalse();
        assertThat(approved.lastEvent().comment()).contains("audience versions confirmed");
    }
}
