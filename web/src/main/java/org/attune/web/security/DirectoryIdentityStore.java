package org.attune.web.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.attune.content.workflow.Usernames;

/**
 * Sign-in with the hospital's directory (LDAP), beside Attune's own accounts, through the JDK's LDAP client: the
 * person is looked up with the service account, their password checked by binding as them, their groups searched
 * (and turned into roles by {@link RoleMapping}). Used for nothing unless {@code attune.ldap.url} is set, and
 * consulted after the database, so the first administrator always signs in.
 *
 * <p>Why not {@code @LdapIdentityStoreDefinition}: the implementation Payara ships (Soteria 3.0) reads its
 * {@code url} literally, so a hospital could not point it at its directory by configuration, and it puts the typed
 * username into the search filter unescaped. Here every value is escaped (RFC 4515), an empty password is refused
 * before any bind (LDAP would treat it as an anonymous bind), and a directory that does not answer is logged and
 * reported as "not validated", never as a sign-in.
 *
 * <p>The person signed in is the entry's own username ({@code attune.ldap.username-attribute}, {@code uid} by
 * default), never the name as typed: a directory matches {@code DIRMAX} and {@code " dirmax "} to {@code dirmax}'s
 * entry, and each of them is {@code dirmax} to Attune (and to the four-eyes rule).
 */
@ApplicationScoped
public class DirectoryIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(DirectoryIdentityStore.class.getName());

    @Override
    public Set<ValidationType> validationTypes() {
        return DirectorySettings.isEnabled()
                ? Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS)
                : Set.of();
    }

    /** A directory account's groups (asked for every valid sign-in; only a directory account has a DN). */
    @Override
    public Set<String> getCallerGroups(CredentialValidationResult result) {
        String callerDn = result.getCallerDn();
        if (callerDn == null || callerDn.isBlank() || !DirectorySettings.isEnabled()) {
            return Set.of();
        }
        DirectorySettings settings = DirectorySettings.read();
        try {
            DirContext service = connect(settings, settings.bindDn(), settings.bindPassword());
            try {
                return groups(service, settings, callerDn);
            } finally {
                service.close();
            }
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "The directory at " + settings.url() + " could not list groups", e);
            return Set.of();
        }
    }

    @Override
    public int priority() {
        return 200;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given) || !DirectorySettings.isEnabled()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String password = given.getPasswordAsString();
        if (password == null || password.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        DirectorySettings settings = DirectorySettings.read();
        try {
            DirContext service = connect(settings, settings.bindDn(), settings.bindPassword());
            try {
                String usernameAttribute = settings.usernameAttribute();
                List<SearchResult> found = search(
                        service,
                        settings.callerSearchBase(),
                        settings.callerSearchFilter().replace("%s", escape(given.getCaller())),
                        new String[] {usernameAttribute});
                if (found.size() != 1) {
                    return CredentialValidationResult.INVALID_RESULT;
                }
                String callerDn = found.get(0).getNameInNamespace();
                Optional<String> person = username(found.get(0).getAttributes().get(usernameAttribute));
                if (person.isEmpty()) {
                    LOG.warning(() -> "The directory entry " + callerDn + " has no " + usernameAttribute
                            + " (attune.ldap.username-attribute): nobody signs in as it");
                    return CredentialValidationResult.INVALID_RESULT;
                }
                try {
                    connect(settings, callerDn, password).close();
                } catch (AuthenticationException wrongPassword) {
                    return CredentialValidationResult.INVALID_RESULT;
                }
                return new CredentialValidationResult(
                        null, new CallerPrincipal(person.get()), callerDn, null, groups(service, settings, callerDn));
            } finally {
                service.close();
            }
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "The directory at " + settings.url() + " could not check a sign-in", e);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
    }

    /**
     * The person an entry is: its own username (not what was typed, which the directory matched loosely: in any
     * case, with spaces), in its normal form. Of several values, the first in order, so that one entry is always
     * one person.
     */
    static Optional<String> username(Attribute values) throws NamingException {
        if (values == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        NamingEnumeration<?> all = values.getAll();
        while (all.hasMore()) {
            String name = Usernames.normalise(String.valueOf(all.next()));
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names.stream().sorted().findFirst();
    }

    private static Set<String> groups(DirContext service, DirectorySettings settings, String callerDn)
            throws NamingException {
        Set<String> groups = new HashSet<>();
        String nameAttribute = settings.groupNameAttribute();
        for (SearchResult group : search(
                service,
                settings.groupSearchBase(),
                settings.groupSearchFilter().replace("%s", escape(callerDn)),
                new String[] {nameAttribute})) {
            Attribute names = group.getAttributes().get(nameAttribute);
            if (names != null) {
                NamingEnumeration<?> values = names.getAll();
                while (values.hasMore()) {
                    groups.add(String.valueOf(values.next()));
                }
            }
        }
        return groups;
    }

    private static List<SearchResult> search(DirContext context, String base, String filter, String[] attributes)
            throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setCountLimit(100);
        controls.setTimeLimit(10_000);
        controls.setReturningAttributes(attributes);
        List<SearchResult> results = new ArrayList<>();
        NamingEnumeration<SearchResult> found = context.search(base, filter, controls);
        while (found.hasMore()) {
            results.add(found.next());
        }
        return results;
    }

    private static DirContext connect(DirectorySettings settings, String dn, String password) throws NamingException {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, settings.url());
        environment.put(Context.SECURITY_AUTHENTICATION, "simple");
        environment.put(Context.SECURITY_PRINCIPAL, dn);
        environment.put(Context.SECURITY_CREDENTIALS, password);
        environment.put("com.sun.jndi.ldap.connect.timeout", "5000");
        environment.put("com.sun.jndi.ldap.read.timeout", "10000");
        return new InitialDirContext(environment);
    }

    /** A value made safe for an LDAP search filter (RFC 4515): a typed username cannot change the filter. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\5c");
                case '*' -> out.append("\\2a");
                case '(' -> out.append("\\28");
                case ')' -> out.append("\\29");
                case '\0' -> out.append("\\00");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
