/**
 * Signing in: the identity stores (Jakarta Security's: Attune's own accounts in the application's database, and the
 * hospital's directory over LDAP when {@code attune.ldap.url} is set), the hospital's single sign-on (OpenID Connect,
 * when {@code attune.oidc.issuer} is set), and one filter that asks who is asking on {@code /editor}, {@code /api},
 * {@code /login} and {@code /logout} only ({@link org.attune.web.security.EditorAuthentication}: the form or single
 * sign-on and a session for editors, HTTP Basic for the API); the sign-in throttle, CSRF tokens for the sign-in form
 * and the forms of signed-in people, the session cookie, and the security headers on every response. Readers never
 * sign in and never get a session.
 */
package org.attune.web.security;
