/**
 * JPA access to articles and their revisions. The mapping lives in {@code META-INF/attune-orm.xml} and the schema in the
 * Flyway migrations under {@code db/migration}; this package holds the queries.
 */
package org.attune.content.persistence;
