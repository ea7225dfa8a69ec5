/** The editors' pages under {@code /editor}: for signed-in authors, reviewers and administrators only. */
package org.attune.web.editor;
