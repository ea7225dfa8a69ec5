package org.attune.web.view;

import java.util.Map;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Thymeleaf's links ({@code @{/glossary}}), also in a page rendered without a request: readers' pages are rendered
 * from their {@link PageAddress} alone (so that Attune can render one before anyone asks), and take the context path
 * from it. Readers have no session, so no link needs the response's URL rewriting.
 */
final class ContextPathLinks extends StandardLinkBuilder {

    /** The variable holding the context path of a page rendered without a request. */
    static final String CONTEXT_PATH = "attune.contextPath";

    @Override
    protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
        if (context instanceof IWebContext) {
            return super.computeContextPath(context, base, parameters);
        }
        Object contextPath = context.getVariable(CONTEXT_PATH);
        return contextPath == null ? "" : contextPath.toString();
    }
}
