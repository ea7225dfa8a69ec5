package org.attune.web.publishing;

import java.util.List;

import org.attune.content.workflow.ArticleLife;
import org.attune.content.workflow.Editor;
import org.attune.content.workflow.WorkflowState;

/**
 * The moves an editor is offered on an article now, as its page shows them.
 *
 * @param moves the target state of each move, in the order to show them
 * @param reinstating true when {@code approved} brings a retired revision back to readers
 * @param fourEyesBars true when the editor wrote or edited what approving would approve, so it will be refused
 */
public record OfferedMoves(List<WorkflowState> moves, boolean reinstating, boolean fourEyesBars) {

    static OfferedMoves of(ArticleLife life, Editor editor) {
        return new OfferedMoves(life.offeredMoves(editor), life.reinstatable().isPresent(), life.fourEyesBars(editor));
    }

    /** The moves by the spelling forms and messages use, e.g. {@code changes-requested}. */
    public List<String> codes() {
        return moves.stream().map(WorkflowState::code).toList();
    }
}
