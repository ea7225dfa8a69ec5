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

    /** The newest approved revision, if any (a retired one is not approved any more). */
    public Optional<Revision> approved() {
        return newestFirst.stream()
                .filter(r -> r.state() == WorkflowState.APPROVED)
                .findFirst();
    }

    /**
     * The revision readers see: the newest approved one, unless the article was retired after it; when none is
     * approved and {@code showPending} (the {@code notice} policy), the newest revision if it is submitted or under
     * review. Drafts and revisions sent back to their authors are never shown.
     */
    public Optional<Revision> forReaders(boolean showPending) {
        for (Revision revision : newestFirst) {
            if (revision.state() == WorkflowState.APPROVED) {
                return Optional.of(revision);
            }
            if (revision.state() == WorkflowState.RETIRED) {
                break;
            }
        }
        WorkflowState newest = newest().state();
        if (showPending && (newest == WorkflowState.SUBMITTED || newest == WorkflowState.UNDER_REVIEW)) {
            return Optional.of(newest());
        }
        return Optional.empty();
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
     * The retired revision a reviewer may bring back to readers ({@code approved} reinstates it): the newest retired
     * one, while no revision is approved and none is under review (approving then means approving that one).
     */
    public Optional<Revision> reinstatable() {
        if (approved().isPresent() || newest().state() == WorkflowState.UNDER_REVIEW) {
            return Optional.empty();
        }
        return newestFirst.stream()
                .filter(r -> r.state() == WorkflowState.RETIRED)
                .findFirst();
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
        if (target(WorkflowState.APPROVED).state().canMoveTo(WorkflowState.APPROVED)
                && target(WorkflowState.APPROVED).mayMake(WorkflowState.APPROVED, editor)) {
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
