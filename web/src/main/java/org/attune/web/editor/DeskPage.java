package org.attune.web.editor;

import java.util.List;

import org.attune.web.publishing.DeskRow;
import org.attune.web.publishing.OfferedMoves;
import org.attune.web.publishing.RevisionView;

/**
 * One article's page in the editor: where it stands, the moves this editor may make, the text to edit (or, after
 * a refused save, the editor's own text with the problems or the conflict), and every revision.
 *
 * @param moves the moves this editor is offered, and whether four eyes will refuse their approval
 *
 * @param text what the edit box holds
 * @param basedOn the entity tag the edit box's text was based on
 * @param problems the problems of a refused save, each at its line; null when none
 * @param conflict what changed since the editor opened the article, after a save that came too late; null if none
 * @param refusal a move or save the workflow refused, in words; null if none
 */
record DeskPage(
        DeskRow row,
        RevisionView newest,
        List<RevisionView> revisions,
        OfferedMoves moves,
        boolean editable,
        String text,
        String basedOn,
        ArticleProblems problems,
        RevisionDiff conflict,
        String refusal) {}
