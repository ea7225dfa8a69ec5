package org.attune.web.security;

import java.net.URI;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;

/**
 * A sign-in sent to the hospital's provider, waiting for the browser to come back with its code: the state that
 * names it, the nonce the ID token must carry, the PKCE verifier of the code, where the sign-in should be answered
 * and the editor page to go to afterwards.
 */
record PendingSignOn(State state, Nonce nonce, CodeVerifier verifier, URI redirectUri, String next) {

    static PendingSignOn start(URI redirectUri, String next) {
        return new PendingSignOn(new State(), new Nonce(), new CodeVerifier(), redirectUri, next);
    }
}
