package org.attune.web.audience;

import java.util.Optional;
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
 * deployment's default ({@code attune.audience.default}).
 */
@ApplicationScoped
public class AudienceResolver {

    static final String PARAMETER = "audience";
    private static final Logger LOG = Logger.getLogger(AudienceResolver.class.getName());

    @Inject
    AudienceProfiles profiles;

    @Inject
    @ConfigProperty(name = "attune.audience.default", defaultValue = "patient")
    String configuredDefault;

    private AudienceProfile defaultProfile;

    @PostConstruct
    void chooseDefault() {
        defaultProfile = profiles.byId(configuredDefault.strip()).orElseGet(() -> {
            AudienceProfile first = profiles.all().get(0);
            LOG.warning(() -> "attune.audience.default names no audience; using '" + first.id() + "'");
            return first;
        });
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
    public java.util.List<AudienceProfile> offered() {
        return profiles.all();
    }

    /** The deployment's default audience ({@code attune.audience.default}). */
    public AudienceProfile defaultAudience() {
        return defaultProfile;
    }

    /** The offered audience with this id (any case, surrounding spaces ignored), if there is one. */
    public Optional<AudienceProfile> find(String id) {
        if (id == null || id.length() > 40) {
            return Optional.empty();
        }
        return profiles.byId(id.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
