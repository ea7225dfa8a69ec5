/**
 * The Attune web application on Payara Micro: the reader's pages (articles in each audience's words, the glossary,
 * search); for editors, sign-in, accounts, the audit log, the editorial desk, the {@code /editor} pages and the API
 * ({@code /api/v1}); for clinical systems, {@code /infobutton}; for operations, health checks and metrics. One package
 * per feature, wired with CDI and configured with MicroProfile Config.
 */
package org.attune.web;
