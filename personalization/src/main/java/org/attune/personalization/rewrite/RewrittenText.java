package org.attune.personalization.rewrite;

import java.util.List;

import org.attune.content.citation.CitedText;

/**
 * One rewritten piece of text (a title, heading, lead-in or block text) as runs.
 *
 * @param runs    what the reader reads
 * @param numbers statistics the patient rewrite moved out of the reading flow, in their order ("RR 0.73, 95% CI
 *                0.65 to 0.81; 3008 participants"): shown after the text behind a "Show the numbers" disclosure;
 *                empty for other audiences and for texts without such statistics
 */
public record RewrittenText(List<Run> runs, List<String> numbers) {

    public RewrittenText {
        runs = List.copyOf(runs);
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }

    /** A text with nothing moved out of it. */
    public RewrittenText(List<Run> runs) {
        this(runs, List.of());
    }

    public boolean hasNumbers() {
        return !numbers.isEmpty();
    }

    /** The text as a reader sees it, citation markers included. */
    public String display() {
        StringBuilder out = new StringBuilder();
        runs.forEach(r -> out.append(r.display()));
        return out.toString();
    }

    /** The words only, citation markers removed and spacing tidied: for readability and search. */
    public String withoutCitations() {
        StringBuilder out = new StringBuilder();
        runs.stream().filter(r -> !r.isCitation()).forEach(r -> out.append(r.display()));
        return CitedText.tidy(out.toString());
    }

    public List<Run> terms() {
        return runs.stream().filter(Run::isTerm).toList();
    }

    @Override
    public String toString() {
        return display();
    }
}
