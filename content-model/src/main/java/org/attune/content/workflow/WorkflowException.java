package org.attune.content.workflow;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A move or an edit the workflow refuses, saying why: {@link #reason()} tells the kind of refusal, {@link #code()}
 * and {@link #arguments()} the refusal itself, worded in a reader's language by {@link #message(Locale)} from the
 * bundle {@code org/attune/content/workflow/refusals.properties} (English is the base; a translation is one more
 * file). {@link #getMessage()} is the English wording, for logs and the API.
 */
public class WorkflowException extends RuntimeException {

    public enum Reason {
        /** The move does not follow from the revision's state (e.g. approving a draft). */
        ILLEGAL_MOVE,
        /** The person lacks the role, or the four-eyes rule forbids it. */
        NOT_ALLOWED,
        /**
         * Something the move needs is missing or does not fit, e.g. the comment when changes are requested, or a
         * comment too long to store.
         */
        INCOMPLETE
    }

    private static final String BUNDLE = "org.attune.content.workflow.refusals";

    private final Reason reason;
    private final String code;
    private final List<Object> arguments;

    /**
     * @param code the refusal's key in the bundle
     * @param arguments what the wording names: text, numbers, a {@link WorkflowState} (worded by the bundle's
     *     {@code state.} keys) or a collection of them (joined by the bundle's {@code list.separator})
     */
    public WorkflowException(Reason reason, String code, Object... arguments) {
        super(wording(code, List.of(arguments), Locale.ENGLISH));
        this.reason = reason;
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The refusal in {@code locale}'s words, or in English where that language has none. */
    public String message(Locale locale) {
        return wording(code, arguments, locale);
    }

    private static String wording(String code, List<Object> arguments, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NoFallbackToDefaultLocale.CONTROL);
        Object[] worded = arguments.stream().map(a -> worded(a, bundle)).toArray();
        return new MessageFormat(bundle.getString(code), locale).format(worded);
    }

    private static Object worded(Object argument, ResourceBundle bundle) {
        if (argument instanceof WorkflowState state) {
            return bundle.getString("state." + state.code());
        }
        if (argument instanceof Collection<?> many) {
            return many.stream()
                    .map(one -> String.valueOf(worded(one, bundle)))
                    .collect(Collectors.joining(bundle.getString("list.separator")));
        }
        if (argument instanceof Object[] many) {
            return worded(Arrays.asList(many), bundle);
        }
        return argument;
    }

    /** A bundle lookup that falls back to the base bundle (English), never to the server's own default locale. */
    private static final class NoFallbackToDefaultLocale {
        static final ResourceBundle.Control CONTROL =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    }
}
