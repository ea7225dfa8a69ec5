/**
 * Publishing, the editorial workflow's application services: the desk ({@link
 * org.attune.web.publishing.EditorialDesk}) loads an article's life, lets the domain ({@code content.workflow}) decide,
 * stores what changed and tells the caches and the audit log; the publication that rebuilds what readers see from the
 * revisions; the sign-off of each audience's version; and what a lost race against another editor means. The pages
 * that call it are in {@code editor}, the API in {@code api}.
 */
package org.attune.web.publishing;
