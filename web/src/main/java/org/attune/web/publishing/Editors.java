package org.attune.web.publishing;

import java.security.Principal;
import java.util.function.Predicate;

import org.attune.content.workflow.Editor;

/** The signed-in person as the workflow sees them: their name and which of the three roles they hold. */
public final class Editors {

    private Editors() {}

    /** Null when nobody is signed in. */
    public static Editor of(Principal principal, Predicate<String> hasRole) {
        if (principal == null) {
            return null;
        }
        return new Editor(principal.getName(), hasRole.test("author"), hasRole.test("reviewer"), hasRole.test("admin"));
    }
}
