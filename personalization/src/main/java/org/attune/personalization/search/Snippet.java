package org.attune.personalization.search;

import java.util.Objects;

/**
 * One piece of a hit's snippet: consecutive pieces make up the text shown. A piece with {@code match} set is a
 * matched word or phrase, for the page to wrap in {@code <mark>}. Plain text, never HTML: the page escapes it.
 */
public record Snippet(String text, boolean match) {

    public Snippet {
        Objects.requireNonNull(text, "text");
    }
}
