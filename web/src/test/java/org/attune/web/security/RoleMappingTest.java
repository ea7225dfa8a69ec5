package org.attune.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.attune.web.account.Role;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

    private static final Map<Role, Set<String>> HOSPITAL = Map.of(
            Role.AUTHOR, Set.of("clinical-authors"),
            Role.REVIEWER, Set.of("clinical-reviewers", "pharmacy-reviewers"));

    @Test
    void anAttuneAccountsGroupsAreItsRoles() {
        assertThat(RoleMapping.rolesOf(Set.of("author", "reviewer"), false, HOSPITAL))
                .containsExactly("author", "reviewer");
    }

    @Test
    void directoryGroupsCountOnlyAsTheHospitalMapsThem() {
        assertThat(RoleMapping.rolesOf(Set.of("pharmacy-reviewers", "staff"), true, HOSPITAL))
                .containsExactly("reviewer");
        assertThat(RoleMapping.rolesOf(Set.of("admin", "author"), true, HOSPITAL))
                .as("a directory group's name grants nothing")
                .isEmpty();
    }
}
