package org.attune.content.workflow;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.attune.content.wording.Wording;

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

    private static final Wording WORDING =
            new Wording("org.attune.content.workflow.refusals", WorkflowException.class.getClassLoader());

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
        Object[] worded = arguments.stream().map(a -> worded(a, locale)).toArray();
        return WORDING.format(code, locale, worded);
    }

    private static Object worded(Object argument, Locale locale) {
        if (argument instanceof WorkflowState state) {
            return WORDING.text("state." + state.code(), locale);
        }
        if (argument instanceof Collection<?> many) {
            return many.stream()
                    .map(one -> String.valueOf(worded(one, locale)))
                    .collect(Collectors.joining(WORDING.text("list.separator", locale)));
        }
        if (argument instanceof Object[] many) {
            return worded(Arrays.asList(many), locale);
        }
        return argument;
    }
}
