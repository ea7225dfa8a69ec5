package org.attune.web.account;

import java.util.Locale;
import java.util.Optional;

/**
 * What a signed-in person may do. Readers have no role and no account. The names are the Jakarta Security groups
 * and roles ({@code author}, {@code reviewer}, {@code admin}).
 */
public enum Role {
    /** Writes articles and submits them for review. */
    AUTHOR,
    /** A member of the medical advisory board: reviews and approves articles written by others. */
    REVIEWER,
    /** Manages accounts. */
    ADMIN;

    public static final String AUTHOR_NAME = "author";
    public static final String REVIEWER_NAME = "reviewer";
    public static final String ADMIN_NAME = "admin";

    /** The role's name, as the security groups and the database write it. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> byName(String name) {
        for (Role role : values()) {
            if (role.roleName().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
