/**
 * Signing in: the accounts' identity store (Jakarta Security, the application's database), one authentication
 * mechanism (the form and a session for editors, HTTP Basic for the API), the sign-in throttle, CSRF tokens for the
 * forms of signed-in people, and the session cookie. Readers never sign in and never get a session.
 */
package org.attune.web.security;
