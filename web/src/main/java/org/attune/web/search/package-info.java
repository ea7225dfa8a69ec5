/**
 * Search: the "Have a follow-up question?" box. {@link org.attune.web.search.SearchIndex} is built once per content
 * change from the articles and the personalization engine, and answers a query with the matching sections, each
 * shown in the reader's audience with the matched words flagged. A section matches by words in any audience's
 * vocabulary, widened by the glossary's synonyms ("belly pain" finds "abdominal pain"; "electrical nerve
 * stimulation" finds TENS). Plain Java: no container, no HTML; the page escapes and marks the snippet itself.
 */
package org.attune.web.search;
