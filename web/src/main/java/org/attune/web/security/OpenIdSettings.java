package org.attune.web.security;

import static org.attune.web.security.HospitalSettings.value;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The hospital's single sign-on (OpenID Connect), from MicroProfile Config ({@code attune.oidc.*}), read at each
 * sign-in. Off unless {@code attune.oidc.issuer} is set; then the sign-in page offers "Sign in with …" beside the
 * password form, and the groups the provider names become Attune roles through {@link RoleMapping}
 * ({@code attune.oidc.role.*}).
 */
@ApplicationScoped
public class OpenIdSettings {

    public boolean isEnabled() {
        return value("attune.oidc.issuer").isPresent();
    }

    /** The provider's issuer; its metadata is read from {@code <issuer>/.well-known/openid-configuration}. */
    public String getIssuer() {
        return value("attune.oidc.issuer").orElse("");
    }

    public String getClientId() {
        return value("attune.oidc.client-id").orElse("attune");
    }

    public String getClientSecret() {
        return value("attune.oidc.client-secret").orElse("");
    }

    public List<String> getScopes() {
        return Arrays.stream(value("attune.oidc.scopes")
                        .orElse("openid profile email")
                        .split("[\\s,]+"))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The ID token claim holding the username Attune records (who wrote, who approved). */
    public String getUsernameClaim() {
        return value("attune.oidc.username-claim").orElse("preferred_username");
    }

    /** The ID token claim listing the person's groups, mapped to roles by {@code attune.oidc.role.*}. */
    public String getGroupsClaim() {
        return value("attune.oidc.groups-claim").orElse("groups");
    }

    /** How the sign-in page names the provider ("Sign in with …"); the page's own wording when not set. */
    public Optional<String> getProviderName() {
        return value("attune.oidc.provider-name");
    }
}
