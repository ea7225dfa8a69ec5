package org.attune.content.citation;

import java.util.List;

/**
 * An inline citation marker such as {@code [1, 3]} or {@code [2-4]}: the reference numbers it points at,
 * in the order written, with ranges expanded.
 */
public record Citation(List<Integer> numbers) implements TextSegment {

    public Citation {
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("a citation cites at least one reference");
        }
        numbers = List.copyOf(numbers);
    }

    public static Citation of(Integer... numbers) {
        return new Citation(List.of(numbers));
    }

    /** The canonical marker as authored and as the parser reads it back, e.g. {@code [1, 3]}. */
    public String marker() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < numbers.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(numbers.get(i));
        }
        return out.append(']').toString();
    }

    @Override
    public String text() {
        return marker();
    }
}
