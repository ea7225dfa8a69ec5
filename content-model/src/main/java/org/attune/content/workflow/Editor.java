package org.attune.content.workflow;

/**
 * A signed-in person acting on a revision, with what they may do: write (author), review (reviewer), manage
 * (admin). One person may hold several roles; the four-eyes rule looks at the person, not the role.
 */
public record Editor(String name, boolean author, boolean reviewer, boolean admin) {

    public Editor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an editor has a name");
        }
    }
}
