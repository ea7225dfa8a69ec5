/**
 * Serving readers' pages fast: every reader page extends {@link org.attune.web.reader.ReaderPageServlet}, which
 * keeps each page rendered as bytes and gzip per address, audience and content version
 * ({@link org.attune.web.reader.RenderedPages}), renders the changed ones ahead after a publication
 * ({@link org.attune.web.reader.RenderAhead}), answers with its caching headers and counts what it served
 * ({@link org.attune.web.reader.PageMetrics}).
 */
package org.attune.web.reader;
