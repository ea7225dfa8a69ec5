/**
 * Search: the "Have a follow-up question?" box, on Apache Lucene. {@link org.attune.personalization.search.SearchIndex}
 * is built once per content change from the articles already rewritten for every audience, into an in-memory index
 * of passages (headings and blocks), and answers a query with the matching sections, each shown in the reader's
 * audience with the matched words flagged. A section matches by words in any audience's version, widened by the
 * glossary's synonym groups ("belly pain" finds "abdominal pain"; "electrical nerve stimulation" finds TENS) and
 * forgiving typos ("back pian" is searched as "back pain", with "Did you mean …?"). Ranked by BM25 after the number
 * of query words in the reader's own text. Plain Java: no container, no HTML; the page escapes and marks the snippet
 * itself.
 */
package org.attune.personalization.search;
