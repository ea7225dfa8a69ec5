package org.attune.web.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.attune.content.workflow.WorkflowState;

/** The body of {@code POST …/transitions}: the state to move to and an optional comment. */
record Transition(WorkflowState to, String comment) {

    static Transition parse(String body) {
        JsonObject json = JsonBody.object(body, "{\"to\": \"submitted\"}");
        String to = json.get("to") instanceof JsonString s ? s.getString() : null;
        WorkflowState state = WorkflowState.fromCode(to)
                .filter(s -> s != WorkflowState.DRAFT)
                .orElseThrow(() -> ProblemException.badRequest(
                        "\"to\" must be one of submitted, under-review, approved, changes-requested, retired"));
        String comment = json.get("comment") instanceof JsonString s ? s.getString() : null;
        return new Transition(state, comment);
    }
}
