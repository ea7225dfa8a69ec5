/**
 * Start-up wiring, the top of the application: schema migration, the first administrator and the demo import at
 * start-up ({@link org.attune.web.config.StartupTasks}, {@link org.attune.web.config.DemoContent}), and the
 * personalization engine and audiences built once from the built-in data and the hospital's own files
 * ({@code attune.glossary.file}, {@code attune.audiences.file}). Nothing else in the application depends on it but
 * the health checks. The database is found in {@code org.attune.web.database}, the template engine is wired in
 * {@code org.attune.web.view}.
 */
package org.attune.web.config;
