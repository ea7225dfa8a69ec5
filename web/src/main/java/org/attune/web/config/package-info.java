/**
 * Deployment wiring: the data source (whose URL and credentials come from the environment or system properties, or
 * a hospital's own Payara JDBC resource named by {@code attune.datasource.jndi}),
 * schema migration and demo import at start-up, and the personalization engine and audiences built once from the
 * built-in data and the hospital's own files ({@code attune.glossary.file}, {@code attune.audiences.file}).
 * The template engine is wired in {@code org.attune.web.view}.
 */
package org.attune.web.config;
