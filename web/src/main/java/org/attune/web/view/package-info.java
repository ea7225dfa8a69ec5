/**
 * Rendering pages with Thymeleaf: the template engine is built once (a CDI producer) and every controller renders
 * through {@link org.attune.web.view.PageRenderer} and redirects through {@link org.attune.web.view.Redirect}. UI text
 * comes from {@code messages.properties}.
 */
package org.attune.web.view;
