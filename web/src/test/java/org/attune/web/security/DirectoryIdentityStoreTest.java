package org.attune.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import javax.naming.NamingException;
import javax.naming.directory.BasicAttribute;

import org.junit.jupiter.api.Test;

class DirectoryIdentityStoreTest {

    @Test
    void aTypedUsernameCannotChangeTheSearchFilter() {
        assertThat(DirectoryIdentityStore.escape("*)(uid=*")).isEqualTo("\\2a\\29\\28uid=\\2a");
        assertThat(DirectoryIdentityStore.escape("o\\neil")).isEqualTo("o\\5cneil");
        assertThat(DirectoryIdentityStore.escape("omar")).isEqualTo("omar");
    }

    @Test
    void thePersonIsTheEntrysOwnUsernameInItsNormalForm() throws NamingException {
        assertThat(DirectoryIdentityStore.username(new BasicAttribute("uid", "DirMax")))
                .hasValue("dirmax");
        assertThat(DirectoryIdentityStore.username(null)).isEmpty();
    }

    @Test
    void anEntryWithSeveralUsernamesIsAlwaysTheSamePerson() throws NamingException {
        BasicAttribute one = new BasicAttribute("uid", "omar.k");
        one.add("Omar");
        BasicAttribute other = new BasicAttribute("uid", "omar");
        other.add("OMAR.K");

        assertThat(DirectoryIdentityStore.username(one)).hasValue("omar");
        assertThat(DirectoryIdentityStore.username(other)).hasValue("omar");
    }
}
