package org.attune.personalization.rewrite;

import java.util.List;
import java.util.Objects;

/**
 * What {@link PlainRules} made of a text.
 *
 * @param text    the text the reader reads, citation markers in canonical form
 * @param numbers the statistics moved out of it, in the order they stood ("RR 0.73, 95% CI 0.65 to 0.81")
 */
public record PlainedText(String text, List<String> numbers) {

    public PlainedText {
        Objects.requireNonNull(text, "text");
        numbers = List.copyOf(numbers);
    }
}
