/**
 * The editors' pages under {@code /editor}: for signed-in authors, reviewers and administrators only, and
 * {@code /editor/me}, where each of them makes and revokes their own API tokens.
 */
package org.attune.web.editor;
