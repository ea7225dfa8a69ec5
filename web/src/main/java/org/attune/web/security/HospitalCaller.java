package org.attune.web.security;

import java.util.List;

/** Who the hospital's sign-on says signed in: the username and the groups of their ID token. */
record HospitalCaller(String username, List<String> groups) {

    HospitalCaller {
        groups = List.copyOf(groups);
    }
}
