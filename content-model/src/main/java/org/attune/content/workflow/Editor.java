package org.attune.content.workflow;

/**
 * A signed-in person acting on a revision, with what they may do: write (author), review (reviewer), manage
 * (admin). One person may hold several roles; the four-eyes rule looks at the person, not the role.
 */
public record Editor(String name, boolean author, boolean reviewer, boolean admin) {

    /** The longest name, in characters (UTF-16 code units): it is stored as who wrote and who moved a revision. */
    public static final int MAX_NAME_LENGTH = WorkflowEvent.MAX_ACTOR_LENGTH;

    public Editor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an editor has a name");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("an editor's name is at most " + MAX_NAME_LENGTH + " characters");
        }
    }
}
