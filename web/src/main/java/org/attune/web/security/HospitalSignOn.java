package org.attune.web.security;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import org.attune.content.workflow.Editor;
import org.attune.content.workflow.Usernames;

/**
 * Sign-in through the hospital's OpenID Connect provider, the authorization-code flow with PKCE: {@link #start}
 * gives the address to send the browser to, {@link #finish} turns the code it comes back with into the person the
 * provider vouches for, after checking the ID token's signature (the provider's published keys), issuer,
 * audience, expiry and nonce. The provider's metadata is discovered once per issuer and kept. The person is the
 * username the provider's account was bound to at its first sign-in ({@link SignOnSubjects}), in its normal form.
 */
@ApplicationScoped
public class HospitalSignOn {

    private static final Logger LOG = Logger.getLogger(HospitalSignOn.class.getName());
    private static final int TIMEOUT_MILLIS = 5_000;

    @Inject
    OpenIdSettings settings;

    @Inject
    SignOnSubjects subjects;

    /** Sign-ins sent to the provider, by state: a browser has ten minutes to come back, and comes back once. */
    private final Cache<String, PendingSignOn> pending = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10))
            .maximumSize(10_000)
            .build();

    private volatile Provider provider;

    /** The provider's authorization address for this sign-in, which is remembered until the browser is back. */
    URI start(PendingSignOn signOn) throws HospitalSignOnFailed {
        Provider current = provider();
        pending.put(signOn.state().getValue(), signOn);
        return new AuthenticationRequest.Builder(
                        ResponseType.CODE,
                        new Scope(settings.getScopes().toArray(String[]::new)),
                        new ClientID(settings.getClientId()),
                        signOn.redirectUri())
                .endpointURI(current.metadata().getAuthorizationEndpointURI())
                .state(signOn.state())
                .nonce(signOn.nonce())
                .codeChallenge(signOn.verifier(), CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /**
     * The sign-in the browser came back from, taken (a state answers once), or a failure when this server did not
     * start it or it expired.
     */
    PendingSignOn comeBack(String state) throws HospitalSignOnFailed {
        PendingSignOn signOn = state == null ? null : pending.asMap().remove(state);
        if (signOn == null) {
            throw new HospitalSignOnFailed(HospitalSignOnFailed.Reason.EXPIRED, "no sign-in is waiting for this state");
        }
        return signOn;
    }

    /** Exchanges the code for tokens and returns who the valid ID token names. */
    HospitalCaller finish(PendingSignOn signOn, String code) throws HospitalSignOnFailed {
        Provider current = provider();
        TokenRequest request = new TokenRequest(
                current.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(settings.getClientId()), new Secret(settings.getClientSecret())),
                new AuthorizationCodeGrant(new AuthorizationCode(code), signOn.redirectUri(), signOn.verifier()));
        TokenResponse response;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (IOException | ParseException e) {
            throw new HospitalSignOnFailed(
                    HospitalSignOnFailed.Reason.UNAVAILABLE, "the token request failed: " + e.getMessage(), e);
        }
        if (!response.indicatesSuccess()) {
            throw new HospitalSignOnFailed(
                    HospitalSignOnFailed.Reason.REFUSED,
                    "the provider refused the code: "
                            + response.toErrorResponse().getErrorObject().getCode());
        }
        JWT idToken = ((OIDCTokenResponse) response.toSuccessResponse())
                .getOIDCTokens()
                .getIDToken();
        IDTokenClaimsSet claims;
        try {
            claims = current.validator().validate(idToken, signOn.nonce());
        } catch (BadJOSEException | JOSEException e) {
            throw new HospitalSignOnFailed(
                    HospitalSignOnFailed.Reason.REFUSED, "the ID token is not valid: " + e.getMessage(), e);
        }
        return callerOf(claims);
    }

    private HospitalCaller callerOf(IDTokenClaimsSet claims) throws HospitalSignOnFailed {
        // a claim of another type reads as absent
        String username = claims.getStringClaim(settings.getUsernameClaim());
        List<String> groups = claims.getStringListClaim(settings.getGroupsClaim());
        if (username == null || username.isBlank()) {
            throw new HospitalSignOnFailed(
                    HospitalSignOnFailed.Reason.REFUSED,
                    "the ID token has no " + settings.getUsernameClaim() + " claim (attune.oidc.username-claim)");
        }
        String claimed = Usernames.normalise(username);
        if (claimed.length() > Editor.MAX_NAME_LENGTH) {
            throw new HospitalSignOnFailed(
                    HospitalSignOnFailed.Reason.REFUSED,
                    "the " + settings.getUsernameClaim() + " claim is " + claimed.length()
                            + " characters; a username is at most " + Editor.MAX_NAME_LENGTH);
        }
        String person = subjects.personFor(
                        claims.getIssuer().getValue(), claims.getSubject().getValue(), claimed)
                .orElseThrow(() -> new HospitalSignOnFailed(
                        HospitalSignOnFailed.Reason.REFUSED,
                        "the username '" + claimed + "' is bound to another account at the provider, not to "
                                + "subject " + claims.getSubject().getValue()));
        return new HospitalCaller(person, groups == null ? List.of() : groups);
    }

    private Provider provider() throws HospitalSignOnFailed {
        Provider current = provider;
        if (current != null
                && current.issuer().equals(settings.getIssuer())
                && current.clientId().equals(settings.getClientId())) {
            return current;
        }
        try {
            OIDCProviderMetadata metadata =
                    OIDCProviderMetadata.resolve(new Issuer(settings.getIssuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
            IDTokenValidator validator = new IDTokenValidator(
                    metadata.getIssuer(),
                    new ClientID(settings.getClientId()),
                    JWSAlgorithm.RS256,
                    metadata.getJWKSetURI().toURL());
            current = new Provider(settings.getIssuer(), settings.getClientId(), metadata, validator);
            provider = current;
            return current;
        } catch (GeneralException | IOException | IllegalArgumentException e) {
            LOG.warning(() -> "The hospital's OpenID provider (attune.oidc.issuer=" + settings.getIssuer()
                    + ") cannot be used: " + e);
            throw new HospitalSignOnFailed(
                    HospitalSignOnFailed.Reason.UNAVAILABLE, "the provider's metadata cannot be read", e);
        }
    }

    private record Provider(
            String issuer, String clientId, OIDCProviderMetadata metadata, IDTokenValidator validator) {}
}
