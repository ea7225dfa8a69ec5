package org.attune.web.error;

import java.util.stream.Stream;

/** A failure and the chain of failures that caused it, for code that must see through the wrapping of containers. */
public final class Causes {

    /** Chains longer than this are cut (a cause chain that loops would otherwise never end). */
    private static final int MAX_DEPTH = 64;

    private Causes() {}

    /** {@code thrown} first, then its cause, and so on. */
    public static Stream<Throwable> of(Throwable thrown) {
        return Stream.iterate(thrown, t -> t != null, Throwable::getCause).limit(MAX_DEPTH);
    }
}
