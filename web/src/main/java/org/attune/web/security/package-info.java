/**
 * Signing in: the identity stores (Attune's accounts, the hospital's directory) behind Jakarta Security's
 * {@code IdentityStoreHandler}, the hospital's single sign-on and the binding of its accounts to usernames, one
 * filter that establishes who is asking (the form and a session for editors, HTTP Basic for the API), the sign-in
 * throttle, CSRF tokens for the forms of signed-in people, and the session cookie. Whichever way someone signs in,
 * they are known by one username in its normal form ({@link org.attune.content.workflow.Usernames}). Readers never
 * sign in and never get a session.
 */
package org.attune.web.security;
