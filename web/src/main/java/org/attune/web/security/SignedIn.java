package org.attune.web.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in with the form, kept in their session (and nowhere else): the container is told again on each of
 * their requests. Serializable, as session attributes must be.
 */
record SignedIn(String username, Set<String> groups) implements Serializable {

    static final String SESSION_ATTRIBUTE = "attune.signed-in";

    SignedIn {
        groups = Set.copyOf(groups);
    }
}
