package org.attune.web.view;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The message bundle ({@code messages.properties}) read from Java, for text that no template writes (a feed's
 * title): the same bundle, and the same formatting, as the templates' {@code #{key(...)}}.
 */
public final class Messages {

    static final String BASE_NAME = "messages";

    private Messages() {}

    /**
     * The message for this key in this language, its arguments formatted as {@link MessageFormat} does.
     *
     * @throws java.util.MissingResourceException if the bundle has no such key
     */
    public static String format(Locale language, String key, Object... arguments) {
        return format(BASE_NAME, language, key, arguments);
    }

    static String format(String baseName, Locale language, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(baseName, language, Messages.class.getClassLoader())
                .getString(key);
        return arguments == null || arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, language).format(arguments);
    }
}
