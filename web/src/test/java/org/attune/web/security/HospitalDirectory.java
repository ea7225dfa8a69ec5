package org.attune.web.security;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import org.attune.web.PayaraOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A hospital's LDAP directory, in process (UnboundID's in-memory server), started before the test class's Payara
 * Micro, which is pointed at it with the documented {@code attune.ldap.*} settings. People: Omar (group
 * clinical-authors), Nadia (clinical-reviewers), Zed (a directory group that happens to be called "admin"), and
 * Dirmax, who is in both clinical-authors and clinical-reviewers. People are found by {@code uid} or {@code mail}.
 *
 * <p>Declare it before the {@code ArquillianExtension} (Arquillian reads the Payara options once, when it starts).
 */
public class HospitalDirectory implements BeforeAllCallback, AfterAllCallback {

    static final String BASE = "dc=hospital,dc=example";
    /** An author whose directory uid (201 characters) is longer than a username may be; found by their mail. */
    static final String LENGTHY_UID = "l".repeat(201);

    static final String LENGTHY_MAIL = "lengthy@hospital.example";

    static final String PASSWORD = "directory-password-1";

    private InMemoryDirectoryServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws LDAPException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
        config.addAdditionalBindCredentials("cn=attune,ou=services," + BASE, "service-password");
        server = new InMemoryDirectoryServer(config);
        server.importFromLDIF(false, ldif());
        server.startListening();
        String options = String.join(
                " ",
                "-Dattune.ldap.url=ldap://127.0.0.1:" + server.getListenPort(),
                "-Dattune.ldap.bind-dn=cn=attune,ou=services," + BASE,
                "-Dattune.ldap.bind-password=service-password",
                "-Dattune.ldap.user-search-base=ou=people," + BASE,
                "-Dattune.ldap.user-filter=(&(|(uid=%s)(mail=%s))(objectClass=person))",
                "-Dattune.ldap.group-search-base=ou=groups," + BASE,
                "-Dattune.ldap.role.author=clinical-authors",
                "-Dattune.ldap.role.reviewer=clinical-reviewers,pharmacy-reviewers");
        PayaraOptions.addJvmOptions(options);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.shutDown(true);
    }

    private static String ldif() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("hospital-", ".ldif");
            java.nio.file.Files.writeString(file, """
                    dn: %1$s
                    objectClass: domain
                    dc: hospital

                    dn: ou=people,%1$s
                    objectClass: organizationalUnit
                    ou: people

                    dn: ou=groups,%1$s
                    objectClass: organizationalUnit
                    ou: groups

                    %2$s
                    %3$s
                    %4$s
                    %5$s
                    %6$s
                    dn: cn=clinical-authors,ou=groups,%1$s
                    objectClass: top
                    objectClass: groupOfNames
                    cn: clinical-authors
                    member: uid=omar,ou=people,%1$s
                    member: uid=dirmax,ou=people,%1$s
                    member: uid=%7$s,ou=people,%1$s

                    dn: cn=clinical-reviewers,ou=groups,%1$s
                    objectClass: groupOfNames
                    cn: clinical-reviewers
                    member: uid=nadia,ou=people,%1$s
                    member: uid=dirmax,ou=people,%1$s

                    dn: cn=admin,ou=groups,%1$s
                    objectClass: groupOfNames
                    cn: admin
                    member: uid=zed,ou=people,%1$s
                    """.formatted(
                            BASE,
                            person("omar"),
                            person("nadia"),
                            person("zed"),
                            person("dirmax"),
                            person(LENGTHY_UID, LENGTHY_MAIL),
                            LENGTHY_UID));
            file.toFile().deleteOnExit();
            return file.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String person(String uid) {
        return person(uid, uid + "@hospital.example");
    }

    private static String person(String uid, String mail) {
        return """
                dn: uid=%1$s,ou=people,%2$s
                objectClass: top
                objectClass: person
                objectClass: organizationalPerson
                objectClass: inetOrgPerson
                uid: %1$s
                cn: %1$s
                sn: %1$s
                mail: %4$s
                userPassword: %3$s
                """.formatted(uid, BASE, PASSWORD, mail);
    }
}
