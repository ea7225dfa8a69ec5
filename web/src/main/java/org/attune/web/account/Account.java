package org.attune.web.account;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in to write, review or administer. The password is never held here.
 *
 * @param username letters, digits and {@code . _ @ -}, 3 to 100 characters
 * @param roles    at least one
 */
public record Account(String username, Set<Role> roles) {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

    public Account {
        if (!isValidUsername(username)) {
            throw new IllegalArgumentException("a username is 3 to 100 letters, digits or . _ @ -");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
