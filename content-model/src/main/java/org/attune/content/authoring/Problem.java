package org.attune.content.authoring;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with an article file: where (file and 1-based line) and what, as a {@link ProblemCode} and the
 * arguments its wording takes (texts, numbers, and {@link Part}s: pieces of wording such as a field's name). The
 * sentence comes from the message bundle: {@link #message()} in English, {@link #message(Locale)} in a language.
 */
public record Problem(String file, int line, ProblemCode code, List<Object> arguments) {

    public Problem {
        Objects.requireNonNull(code, "code");
        arguments = unmodifiable(arguments);
    }

    /** A problem already worded (outside this package), shown as it is in every language. */
    public Problem(String file, int line, String message) {
        this(file, line, ProblemCode.WORDED, Arrays.asList(message));
    }

    static Problem of(String file, int line, ProblemCode code, Object... arguments) {
        return new Problem(file, line, code, Arrays.asList(arguments));
    }

    /** What is wrong, in English (the base bundle). */
    public String message() {
        return message(Locale.ROOT);
    }

    /** What is wrong, worded in {@code locale}'s translation of the bundle, or in English where there is none. */
    public String message(Locale locale) {
        return code.format(locale, arguments);
    }

    /** {@code file:line: message}, in English. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message();
    }

    /** A piece of a problem's wording (a field's name, the list of references), worded in the problem's language. */
    public record Part(ProblemCode code, List<Object> arguments) {

        public Part {
            Objects.requireNonNull(code, "code");
            arguments = unmodifiable(arguments);
        }

        static Part of(ProblemCode code, Object... arguments) {
            return new Part(code, Arrays.asList(arguments));
        }

        public String message(Locale locale) {
            return code.format(locale, arguments);
        }
    }

    /** A copy; a null argument reads "null", as it did when problems were worded by concatenation. */
    private static List<Object> unmodifiable(List<Object> arguments) {
        return arguments.stream()
                .map(argument -> Objects.requireNonNullElse(argument, "null"))
                .toList();
    }
}
