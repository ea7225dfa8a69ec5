/**
 * The application's database: where it is found ({@link org.attune.web.database.Database}: the hospital's JDBC
 * resource, or the data source the {@code attune.datasource.*} keys describe, or the embedded H2 one). Used by the
 * accounts, the audit log, sign-in and the health checks; the articles reach it through JPA.
 */
package org.attune.web.database;
