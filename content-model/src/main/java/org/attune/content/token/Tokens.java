package org.attune.content.token;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum constant as it is written outside the code: its name in lower case, words joined by hyphens
 * ({@code UNDER_REVIEW} is {@code under-review}, {@code ICD_10_CM} is {@code icd-10-cm}).
 */
public final class Tokens {

    private Tokens() {}

    /** The constant as written, e.g. {@code systematic-review} for {@code SYSTEMATIC_REVIEW}. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant written as {@code token}, case and surrounding white space aside. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String token) {
        String wanted = token.trim();
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> of(constant).equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** Every constant of {@code type} as written, in declaration order and separated by commas. */
    public static String listed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Tokens::of).collect(Collectors.joining(", "));
    }
}
