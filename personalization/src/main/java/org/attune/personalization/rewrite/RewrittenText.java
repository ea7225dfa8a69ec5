package org.attune.personalization.rewrite;

import java.util.List;

import org.attune.content.citation.CitedText;

/** One rewritten piece of text (a title, heading, lead-in or block text) as runs. */
public record RewrittenText(List<Run> runs) {

    public RewrittenText {
        runs = List.copyOf(runs);
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
