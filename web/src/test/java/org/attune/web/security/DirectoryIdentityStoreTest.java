package org.attune.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectoryIdentityStoreTest {

    @Test
    void aTypedUsernameCannotChangeTheSearchFilter() {
        assertThat(DirectoryIdentityStore.escape("*)(uid=*")).isEqualTo("\\2a\\29\\28uid=\\2a");
        assertThat(DirectoryIdentityStore.escape("o\\neil")).isEqualTo("o\\5cneil");
        assertThat(DirectoryIdentityStore.escape("omar")).isEqualTo("omar");
    }
}
