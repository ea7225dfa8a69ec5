/**
 * Rendering pages with Thymeleaf, for readers and editors alike: the template engine is built once (a CDI producer)
 * and every controller renders through {@link org.attune.web.view.PageRenderer} (a page as bytes and gzip,
 * {@link org.attune.web.view.RenderedPage}) and redirects through {@link org.attune.web.view.Redirect}. UI text comes
 * from {@code messages.properties} (from Java through {@link org.attune.web.view.Messages}), in the language
 * {@link org.attune.web.view.PageLanguage} decides: the one place a second language plugs in. Also the addresses pages are known by ({@link org.attune.web.view.CanonicalUrls},
 * never from the {@code Host} header) and the request helpers every page uses.
 */
package org.attune.web.view;
