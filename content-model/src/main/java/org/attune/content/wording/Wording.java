package org.attune.content.wording;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * One message bundle of the content model, read in a language: each key from the most specific translation that has
 * it (es_MX, es, then the English base bundle), never from the JVM's default locale, and its numbers written as the
 * language of that wording writes them (a language without a translation reads English sentences with English
 * numbers).
 */
public final class Wording {

    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    /** @param baseName the bundle's base name, e.g. {@code org.attune.content.workflow.refusals} */
    public Wording(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /** The pattern of {@code key} with {@code values} (a {@link MessageFormat}), in {@code locale}'s words. */
    public String format(String key, Locale locale, Object... values) {
        for (Locale candidate : CONTROL.getCandidateLocales(baseName, locale)) {
            String pattern = own(candidate, key);
            if (pattern != null) {
                return new MessageFormat(pattern, candidate).format(values);
            }
        }
        throw new MissingResourceException("no wording for " + key + " in " + baseName, baseName, key);
    }

    /** The text of {@code key} as written (no pattern), in {@code locale}'s words. */
    public String text(String key, Locale locale) {
        for (Locale candidate : CONTROL.getCandidateLocales(baseName, locale)) {
            String text = own(candidate, key);
            if (text != null) {
                return text;
            }
        }
        throw new MissingResourceException("no wording for " + key + " in " + baseName, baseName, key);
    }

    /** The key's value in the bundle of exactly this locale, if that bundle exists and holds the key itself. */
    private String own(Locale candidate, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, candidate, loader, CONTROL);
        if (bundle.getLocale().equals(candidate)
                && bundle instanceof PropertyResourceBundle own
                && own.handleGetObject(key) instanceof String value) {
            return value;
        }
        return null;
    }
}
