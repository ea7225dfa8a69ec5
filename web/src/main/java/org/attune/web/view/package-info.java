/**
 * Rendering pages with Thymeleaf: the template engine is built once (a CDI producer) and every controller renders
 * through {@link org.attune.web.view.PageRenderer} and redirects through {@link org.attune.web.view.Redirect}. UI text
 * comes from {@code messages.properties}. Readers' pages ({@link org.attune.web.view.ReaderPageServlet}) are kept
 * rendered as bytes and gzip per page, audience and content version ({@link org.attune.web.view.RenderedPages}),
 * rendered ahead after a change ({@link org.attune.web.view.RenderAhead}), sent with their caching headers and
 * counted ({@link org.attune.web.view.PageMetrics}).
 */
package org.attune.web.view;
