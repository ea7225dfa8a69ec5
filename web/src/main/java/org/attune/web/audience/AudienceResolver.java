package org.attune.web.audience;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides which audience a request is for: {@code ?audience=} for this page, else the remembered cookie, else the
 * deployment's default ({@code attune.audience.default}; unset, the first audience of the built-in audiences file).
 * Which audiences exist is data (the audiences file): no id is known here.
 */
@ApplicationScoped
public class AudienceResolver {

    static final String PARAMETER = "audience";
    private static final Logger LOG = Logger.getLogger(AudienceResolver.class.getName());

    @Inject
    AudienceProfiles profiles;

    @Inject
    @ConfigProperty(name = "attune.audience.default")
    Optional<String> configuredDefault;

    private AudienceProfile defaultProfile;
    private List<String> recipients;

    @PostConstruct
    void chooseDefault() {
        AudienceProfiles builtIn = AudienceProfiles.builtIn();
        String wanted = configuredDefault
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .orElse(builtIn.all().get(0).id());
        defaultProfile = profiles.byId(wanted).orElseGet(() -> {
            AudienceProfile first = profiles.all().get(0);
            LOG.warning(() ->
                    "attune.audience.default: no audience '" + wanted + "' is offered; using '" + first.id() + "'");
            return first;
        });
        Set<String> codes = new LinkedHashSet<>(profiles.recipients());
        codes.addAll(builtIn.recipients());
        recipients = List.copyOf(codes);
    }

    public ReaderAudience resolve(HttpServletRequest request) {
        String asked = request.getParameter(PARAMETER);
        if (asked != null) {
            Optional<AudienceProfile> linked = find(asked);
            return linked.map(p -> new ReaderAudience(p, profiles.all(), true, false))
                    .orElseGet(() -> new ReaderAudience(defaultProfile, profiles.all(), false, true));
        }
        Optional<String> remembered = AudienceCookie.read(request);
        if (remembered.isPresent()) {
            Optional<AudienceProfile> chosen = find(remembered.get());
            return chosen.map(p -> new ReaderAudience(p, profiles.all(), false, false))
                    .orElseGet(() -> new ReaderAudience(defaultProfile, profiles.all(), false, true));
        }
        return new ReaderAudience(defaultProfile, profiles.all(), false, false);
    }

    /** The audiences offered, in display order. */
    public List<AudienceProfile> offered() {
        return profiles.all();
    }

    /** The deployment's default audience ({@code attune.audience.default}). */
    public AudienceProfile defaultAudience() {
        return defaultProfile;
    }

    /**
     * The HL7 Infobutton {@code informationRecipient} codes a clinical system may ask with: those the offered
     * audiences answer, and those the built-in audiences answer (a deployment that dropped one serves its default).
     */
    public List<String> recipients() {
        return recipients;
    }

    /** The offered audience a clinical system's infobutton gets for this {@code informationRecipient} code. */
    public Optional<AudienceProfile> answering(String recipient) {
        return profiles.answering(recipient);
    }

    /** The offered audience with this id (any case, surrounding spaces ignored), if there is one. */
    public Optional<AudienceProfile> find(String id) {
        if (id == null || id.length() > 40) {
            return Optional.empty();
        }
        return profiles.byId(id.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
