package org.attune.content.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One article's life: all its revisions, newest first, and what may happen to it next. The one place that decides
 * which revision a save changes or starts, which revision a move applies to, which revision readers are shown and
 * which moves an editor is offered; {@link Revision} decides who may make each move.
 */
public final class ArticleLife {

    private final List<Revision> newestFirst;

    private ArticleLife(List<Revision> newestFirst) {
        this.newestFirst = List.copyOf(newestFirst);
    }

    /**
     * @param newestFirst every revision of one article, newest first; at least one
     */
    public static ArticleLife of(List<Revision> newestFirst) {
        if (newestFirst.isEmpty()) {
            throw new IllegalArgumentException("an article's life has at least one revision");
        }
        String slug = newestFirst.get(0).slug();
        for (int i = 0; i < newestFirst.size(); i++) {
            Revision revision = newestFirst.get(i);
            if (!revision.slug().equals(slug)
                    || (i > 0 && revision.number() >= newestFirst.get(i - 1).number())) {
                throw new IllegalArgumentException("not the revisions of one article, newest first: " + newestFirst);
            }
        }
        return new ArticleLife(newestFirst);
    }

    public String slug() {
        return newest().slug();
    }

    /** The revision authors and reviewers work on now. */
    public Revision newest() {
        return newestFirst.get(0);
    }

    public List<Revision> revisions() {
        return newestFirst;
    }

    /**
     * The revision readers were last given as approved: the newest one that is approved or retired (an older
     * approved revision is superseded by a newer approval, and stays superseded when the newer one is retired).
     */
    public Optional<Revision> lastPublished() {
        return newestFirst.stream().filter(ArticleLife::wasPublished).findFirst();
    }

    /** The approved revision readers are shown, if any: the last published one, unless it was retired. */
    public Optional<Revision> approved() {
        return lastPublished().filter(r -> r.state() == WorkflowState.APPROVED);
    }

    /** The retired revision, when the article was withdrawn from readers and not published again since. */
    public Optional<Revision> retired() {
        return lastPublished().filter(r -> r.state() == WorkflowState.RETIRED);
    }

    /**
     * The revision readers see: the approved one (see {@link #approved()}); when none is approved and
     * {@code showPending} (the {@code notice} policy), the newest revision if it is submitted or under review. Drafts
     * and revisions sent back to their authors are never shown.
     */
    public Optional<Revision> forReaders(boolean showPending) {
        return forReaders(newest(), lastPublished(), showPending);
    }

    /**
     * {@link #forReaders(boolean)} from the two revisions it depends on, for a list of many articles that loads just
     * those ({@link RevisionRepository#newestOfEach()}, {@link RevisionRepository#lastPublishedOfEach()}).
     */
    public static Optional<Revision> forReaders(
            Revision newest, Optional<Revision> lastPublished, boolean showPending) {
        Optional<Revision> approved = lastPublished.filter(r -> r.state() == WorkflowState.APPROVED);
        if (approved.isPresent()) {
            return approved;
        }
        boolean pending = newest.state() == WorkflowState.SUBMITTED || newest.state() == WorkflowState.UNDER_REVIEW;
        return showPending && pending ? Optional.of(newest) : Optional.empty();
    }

    /** Approved or retired: a revision that readers were given as reviewed. */
    static boolean wasPublished(Revision revision) {
        return revision.state() == WorkflowState.APPROVED || revision.state() == WorkflowState.RETIRED;
    }

    /** What a save made: the revision now holding the text, and whether it is a new one (to be stored). */
    public record Revised(Revision revision, boolean isNew) {}

    /**
     * New text for the article. While the newest revision is with its authors it is changed in place; an approved
     * or retired article gets a new revision (readers keep the approved one until that is approved); a revision under
     * review is closed to edits until a reviewer requests changes.
     */
    public Revised revise(String source, Editor by, Instant at) {
        Revision newest = newest();
        if (newest.state().isWithAuthors()) {
            newest.edit(source, by);
            return new Revised(newest, false);
        }
        if (newest.state().acceptsNewText()) {
            return new Revised(Revision.draft(newest.slug(), newest.number() + 1, source, by, at), true);
        }
        throw new WorkflowException(
                WorkflowException.Reason.ILLEGAL_MOVE, "revision.closed-for-review", newest.number(), newest.state());
    }

    /**
     * Moves the article on: its newest revision, or for {@code retired} the revision readers are shown.
     *
     * @return the revision moved
     */
    public Revision move(WorkflowState to, Editor by, Instant at, String comment) {
        Revision target = target(to);
        target.moveTo(to, by, at, comment);
        return target;
    }

    /**
     * The retired revision a reviewer may bring back to readers ({@code approved} reinstates it): the {@link
     * #retired()} one, while no revision is under review (approving then means approving that one).
     */
    public Optional<Revision> reinstatable() {
        return newest().state() == WorkflowState.UNDER_REVIEW ? Optional.empty() : retired();
    }

    /**
     * True when four eyes bars {@code editor} from approving what {@code approved} would approve now (or
     * reinstate): they wrote or edited it. Pages say so beside the offered move.
     */
    public boolean fourEyesBars(Editor editor) {
        return target(WorkflowState.APPROVED).wroteOrEdited(editor);
    }

    /** Which revision a move applies to: retiring takes the published one, approving a retired one reinstates it. */
    private Revision target(WorkflowState to) {
        return switch (to) {
            case RETIRED -> approved().orElse(newest());
            case APPROVED -> reinstatable().orElse(newest());
            default -> newest();
        };
    }

    /**
     * The moves to offer {@code editor} now: those the newest revision's state allows and their roles permit,
     * reinstating a retired revision ({@link #reinstatable()}) and retiring the published revision. Four eyes is not
     * judged here: a reviewer who wrote the revision is offered approval and told why it is refused.
     */
    public List<WorkflowState> offeredMoves(Editor editor) {
        List<WorkflowState> moves = new ArrayList<>();
        for (WorkflowState next : newest().state().allowedNext()) {
            if (next != WorkflowState.RETIRED && next != WorkflowState.APPROVED && newest().mayMake(next, editor)) {
                moves.add(next);
            }
        }
        Revision toApprove = target(WorkflowState.APPROVED);
        if (toApprove.state().canMoveTo(WorkflowState.APPROVED) && toApprove.mayMake(WorkflowState.APPROVED, editor)) {
            moves.add(WorkflowState.APPROVED);
        }
        if (approved()
                .filter(published -> published.mayMake(WorkflowState.RETIRED, editor))
                .isPresent()) {
            moves.add(WorkflowState.RETIRED);
        }
        return moves;
    }
}
