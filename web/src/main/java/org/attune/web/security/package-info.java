/**
 * Signing in: the identity stores (Attune's own accounts in the application's database, and the hospital's directory
 * over LDAP when {@code attune.ldap.url} is set) behind Jakarta Security's {@code IdentityStoreHandler}, the
 * hospital's single sign-on (OpenID Connect, when {@code attune.oidc.issuer} is set) and the binding of its accounts
 * to usernames, and one filter that asks who is asking on {@code /editor}, {@code /api}, {@code /login} and
 * {@code /logout} only ({@link org.attune.web.security.EditorAuthentication}: the form or single sign-on and a session
 * for editors, HTTP Basic or an API token for the API); the sign-in throttle, CSRF tokens for the sign-in form and the forms of
 * signed-in people, the session cookie, and the security headers on every response. Whichever way someone signs in,
 * they are known by one username in its normal form ({@link org.attune.content.workflow.Usernames}). Readers never
 * sign in and never get a session.
 */
package org.attune.web.security;
