package org.attune.content.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.attune.content.article.Article;
import org.attune.content.review.ReviewEvent;
import org.attune.content.review.ReviewStatus;

/**
 * One revision of an article: its text in the authoring format, who wrote it, and its way through the workflow.
 * Editing an approved article starts a new revision; readers keep the approved one until the new one is approved.
 *
 * <p>The revision enforces who may do what: authors write and submit, reviewers take up, send back, approve and
 * retire (so may administrators retire), and nobody approves a revision they wrote or edited (four eyes).
 */
public class Revision {

    private Long id;
    private String slug;
    private int number;
    private String source;
    private List<String> editors = new ArrayList<>();
    private WorkflowState state;
    private List<WorkflowEvent> history = new ArrayList<>();
    private LocalDate nextReviewDue;
    private Map<String, String> signOff = new LinkedHashMap<>();
    private long version;

    protected Revision() {
        // for JPA
    }

    private Revision(String slug, int number, String source) {
        if (slug == null || !Article.isValidSlug(slug)) {
            throw new IllegalArgumentException("not a slug: '" + slug + "'");
        }
        if (number < 1) {
            throw new IllegalArgumentException("revisions are numbered from 1, was " + number);
        }
        this.slug = slug;
        this.number = number;
        this.source = Objects.requireNonNull(source, "source");
    }

    /** A new draft written by {@code author}: the first revision of a new article, or the next of an existing one. */
    public static Revision draft(String slug, int number, String source, Editor author, Instant at) {
        requireAuthor(author, "not-allowed.write");
        Revision revision = new Revision(slug, number, source);
        revision.editors.add(author.name());
        revision.record(WorkflowState.DRAFT, author.name(), at, null);
        return revision;
    }

    /**
     * A revision that comes with its history already made (an imported article file, e.g. the demo content): the
     * history is taken as it is, its first actor counted as the author. If it ends approved, it is due for review
     * on {@code nextReviewDue} and its audience versions are signed off as {@code fingerprints}.
     */
    public static Revision imported(
            String slug,
            int number,
            String source,
            List<WorkflowEvent> history,
            LocalDate nextReviewDue,
            Map<String, String> fingerprints) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("an imported revision comes with its history");
        }
        Revision revision = new Revision(slug, number, source);
        revision.editors.add(history.get(0).actor());
        for (WorkflowEvent event : history) {
            revision.record(event.state(), event.actor(), event.at(), event.comment());
        }
        if (revision.state == WorkflowState.APPROVED) {
            revision.nextReviewDue = nextReviewDue;
            revision.signOff.putAll(fingerprints);
        }
        return revision;
    }

    /** Replaces the text; only authors, only while the revision is with them. */
    public void edit(String newSource, Editor by) {
        requireAuthor(by, "not-allowed.edit");
        if (!state.isWithAuthors()) {
            throw new WorkflowException(WorkflowException.Reason.ILLEGAL_MOVE, "revision.not-editable", number, state);
        }
        this.source = Objects.requireNonNull(newSource, "source");
        if (!wroteOrEdited(by)) {
            editors.add(by.name());
        }
    }

    /**
     * Moves the revision on, recording who, when and why.
     *
     * @throws WorkflowException ILLEGAL_MOVE when the state does not allow the move, NOT_ALLOWED when the person
     *     may not make it (missing role, or four eyes), INCOMPLETE when changes are requested or the article is
     *     retired without a comment, or
     *     the comment is longer than {@link WorkflowEvent#MAX_COMMENT_LENGTH} or holds a NUL character
     */
    public void moveTo(WorkflowState next, Editor by, Instant at, String comment) {
        Objects.requireNonNull(next, "next state");
        if (!state.canMoveTo(next)) {
            throw state.allowedNext().isEmpty()
                    ? new WorkflowException(WorkflowException.Reason.ILLEGAL_MOVE, "move.impossible", state, next)
                    : new WorkflowException(
                            WorkflowException.Reason.ILLEGAL_MOVE,
                            "move.impossible.choices",
                            state,
                            next,
                            List.copyOf(state.allowedNext()));
        }
        if (!mayMake(next, by)) {
            throw notAllowed(by, reinstating() ? "not-allowed.reinstate" : "not-allowed." + next.code());
        }
        if (next == WorkflowState.CHANGES_REQUESTED && (comment == null || comment.isBlank())) {
            throw new WorkflowException(WorkflowException.Reason.INCOMPLETE, "comment.required");
        }
        if (next == WorkflowState.RETIRED && (comment == null || comment.isBlank())) {
            throw new WorkflowException(WorkflowException.Reason.INCOMPLETE, "comment.required.retire");
        }
        if (next == WorkflowState.APPROVED && wroteOrEdited(by)) {
            throw new WorkflowException(WorkflowException.Reason.NOT_ALLOWED, "four-eyes.approve", by.name(), number);
        }
        requireCommentThatFits(comment);
        record(next, by.name(), at, comment);
    }

    /**
     * Whether {@code editor}'s roles let them move this revision to {@code next}: authors submit, reviewers take up,
     * send back and approve, reviewers and administrators retire and reinstate (approve a retired revision again).
     * (Four eyes, which looks at who wrote the revision, comes on top.)
     */
    public boolean mayMake(WorkflowState next, Editor editor) {
        return switch (next) {
            case SUBMITTED -> editor.author();
            case UNDER_REVIEW, CHANGES_REQUESTED -> editor.reviewer();
            case APPROVED -> editor.reviewer() || (reinstating() && editor.admin());
            case RETIRED -> editor.reviewer() || editor.admin();
            case DRAFT -> false;
        };
    }

    private boolean reinstating() {
        return state == WorkflowState.RETIRED;
    }

    /**
     * The revision's history as readers are told it: the submissions, reviews and approval, each on its date in
     * {@code zone}; drafting, requests for changes and a reviewer's later confirmation of the audience versions (the
     * approval stands as first given) stay internal.
     */
    public List<ReviewEvent> readerHistory(ZoneId zone) {
        List<ReviewEvent> events = new ArrayList<>();
        for (WorkflowEvent event : history) {
            Optional<ReviewStatus> status = event.state().readerStatus();
            boolean sameStageAgain = status.isPresent()
                    && !events.isEmpty()
                    && events.get(events.size() - 1).status() == status.get();
            if (status.isPresent() && !sameStageAgain) {
                events.add(new ReviewEvent(
                        status.get(), event.actor(), LocalDate.ofInstant(event.at(), zone), event.comment()));
            }
        }
        return events;
    }

    /** The date the approved content should be reviewed again. */
    public void scheduleReview(LocalDate due) {
        if (state != WorkflowState.APPROVED) {
            throw new IllegalStateException("only an approved revision has a next review");
        }
        this.nextReviewDue = Objects.requireNonNull(due, "due");
    }

    /**
     * Records what each audience reads of this approved revision (a fingerprint per audience id), as signed off by
     * {@code reviewer}: on approval, or when a reviewer confirms audience versions that have changed since.
     */
    public void signOff(Map<String, String> fingerprints, Editor reviewer, Instant at) {
        if (state != WorkflowState.APPROVED) {
            throw new WorkflowException(WorkflowException.Reason.ILLEGAL_MOVE, "sign-off.not-approved");
        }
        requireReviewer(reviewer, "not-allowed.sign-off");
        if (wroteOrEdited(reviewer)) {
            throw new WorkflowException(
                    WorkflowException.Reason.NOT_ALLOWED, "four-eyes.sign-off", reviewer.name(), number);
        }
        boolean confirming = !signOff.isEmpty();
        signOff.clear();
        signOff.putAll(fingerprints);
        if (confirming) {
            history.add(new WorkflowEvent(
                    WorkflowState.APPROVED,
                    reviewer.name(),
                    at,
                    "audience versions confirmed after a glossary change"));
        }
    }

    /** Four eyes looks at the person: {@code DIRMAX} and {@code dirmax} are one ({@link Usernames}). */
    boolean wroteOrEdited(Editor editor) {
        return Usernames.includesPerson(editors, editor.name());
    }

    private void record(WorkflowState next, String actor, Instant at, String comment) {
        history.add(new WorkflowEvent(next, actor, at, comment));
        state = next;
    }

    /** A comment the database can store: not too long, and no NUL character (PostgreSQL stores none in text). */
    private static void requireCommentThatFits(String comment) {
        String kept = comment == null ? "" : comment.strip();
        if (kept.length() > WorkflowEvent.MAX_COMMENT_LENGTH) {
            throw new WorkflowException(
                    WorkflowException.Reason.INCOMPLETE,
                    "comment.too-long",
                    kept.length(),
                    WorkflowEvent.MAX_COMMENT_LENGTH);
        }
        if (kept.indexOf('\u0000') >= 0) {
            throw new WorkflowException(WorkflowException.Reason.INCOMPLETE, "comment.nul");
        }
    }

    private static void requireAuthor(Editor editor, String refusal) {
        if (!editor.author()) {
            throw notAllowed(editor, refusal);
        }
    }

    private static void requireReviewer(Editor editor, String refusal) {
        if (!editor.reviewer()) {
            throw notAllowed(editor, refusal);
        }
    }

    private static WorkflowException notAllowed(Editor editor, String refusal) {
        return new WorkflowException(WorkflowException.Reason.NOT_ALLOWED, refusal, editor.name());
    }

    public String slug() {
        return slug;
    }

    public int number() {
        return number;
    }

    /** The article file, exactly as last written. */
    public String source() {
        return source;
    }

    public WorkflowState state() {
        return state;
    }

    /** Who started the revision. */
    public String author() {
        return editors.get(0);
    }

    /** Everyone who wrote the revision, its author first. */
    public List<String> editors() {
        return List.copyOf(editors);
    }

    public List<WorkflowEvent> history() {
        return List.copyOf(history);
    }

    public WorkflowEvent lastEvent() {
        return history.get(history.size() - 1);
    }

    /** When this revision last entered {@code wanted}, if ever. */
    public Optional<WorkflowEvent> lastTime(WorkflowState wanted) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).state() == wanted) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    public Optional<LocalDate> nextReviewDue() {
        return Optional.ofNullable(nextReviewDue);
    }

    /** Audience id to the fingerprint of what it reads, as signed off; empty unless approved through Attune. */
    public Map<String, String> signedOff() {
        return Map.copyOf(signOff);
    }

    /** Changes with every stored change: what an editor saw must match it for their save to go through. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return slug + " revision " + number + " (" + state.code() + ")";
    }
}
