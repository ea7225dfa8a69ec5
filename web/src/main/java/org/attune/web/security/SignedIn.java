package org.attune.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in, with the form or the hospital's single sign-on, and their roles, kept in their session (and nowhere
 * else): {@link EditorAuthentication} makes them each of their requests' principal again ({@link SignedInRequest}).
 * Serializable, as session attributes must be.
 */
record SignedIn(String username, Set<String> groups) implements Serializable {

    static final String SESSION_ATTRIBUTE = "attune.signed-in";

    SignedIn {
        groups = Set.copyOf(groups);
    }
}
