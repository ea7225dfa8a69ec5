/**
 * {@code GET /search}: the "Have a follow-up question?" page. The search itself is the personalization engine's
 * ({@link org.attune.personalization.search.SearchIndex}, on Lucene); this package serves it and keeps the index
 * built from the articles as they are now, built again only after they change.
 */
package org.attune.web.search;
