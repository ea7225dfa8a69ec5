/**
 * The editors' pages under {@code /editor}: for signed-in authors, reviewers and administrators only;
 * {@code /editor/me}, where each of them changes their own display name and password and makes and revokes their own
 * API tokens; and {@code /editor/accounts}, where administrators manage accounts.
 */
package org.attune.web.editor;
