package org.attune.web.view;

import java.util.Locale;
import java.util.MissingResourceException;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * Resolves {@code #{key}} from one application-wide resource bundle ({@code messages.properties}) in the page's
 * language (the context's locale, decided by {@link PageLanguage}); a missing key shows as {@code ??key??} so it is
 * noticed, never as an error page.
 */
final class BundleMessageResolver extends AbstractMessageResolver {

    private final String baseName;

    BundleMessageResolver(String baseName) {
        this.baseName = baseName;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
        Locale locale = context.getLocale() == null ? PageLanguage.first() : context.getLocale();
        try {
            return Messages.format(baseName, locale, key, arguments);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    @Override
    public String createAbsentMessageRepresentation(
            ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
        return "??" + key + "??";
    }
}
