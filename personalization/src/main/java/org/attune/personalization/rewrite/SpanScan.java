package org.attune.personalization.rewrite;

/** One kind of protected span, found by a scan that {@link SpanFinder} asks at the positions where one may start. */
interface SpanScan {

    /** False when no span of this kind can start with {@code c}: a quick filter, never false where one can. */
    boolean mayStartWith(char c);

    /**
     * True when a span of this kind never starts right after a letter or an ASCII digit, so that the finder need not
     * ask there; false (the default) when the scan looks for itself.
     */
    default boolean needsNoLetterOrDigitBefore() {
        return false;
    }

    /** Where the span of this kind that starts at {@code start} ends, or -1 when none starts there. */
    int matchAt(String text, int start);
}
