package org.attune.personalization.rewrite;

import java.util.List;
import java.util.Objects;

import org.attune.content.citation.Citation;

/**
 * A piece of rewritten text. A template iterates runs and switches on {@link #kind()}:
 * TEXT prints {@link #text()}; TERM prints {@link #text()} (inside {@code <dfn>} or {@code <abbr>} built from
 * {@link #note()}) followed, if present, by " (" {@link #aside()} ")"; CITATION prints {@link #text()} (the marker)
 * and links {@link #citation()}'s numbers to the references.
 *
 * @param kind     what the run is
 * @param text     the words shown
 * @param aside    for a TERM, words shown after it in parentheses (the technical term at a patient's first mention,
 *                 the abbreviation after its expansion for a student), or null
 * @param note     for a TERM, its annotation; otherwise null
 * @param citation for a CITATION, the reference numbers; otherwise empty
 */
public record Run(RunKind kind, String text, String aside, TermNote note, List<Integer> citation) {

    public Run {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        citation = citation == null ? List.of() : List.copyOf(citation);
        if ((kind == RunKind.TERM) != (note != null)) {
            throw new IllegalArgumentException("a TERM run, and only a TERM run, has a note");
        }
    }

    public static Run text(String text) {
        return new Run(RunKind.TEXT, text, null, null, List.of());
    }

    public static Run citation(Citation citation) {
        return new Run(RunKind.CITATION, citation.marker(), null, null, citation.numbers());
    }

    public static Run term(String text, String aside, TermNote note) {
        return new Run(RunKind.TERM, text, aside, note, List.of());
    }

    public boolean isText() {
        return kind == RunKind.TEXT;
    }

    public boolean isTerm() {
        return kind == RunKind.TERM;
    }

    public boolean isCitation() {
        return kind == RunKind.CITATION;
    }

    public boolean hasAside() {
        return aside != null;
    }

    /** The run as plain text, aside included. */
    public String display() {
        return aside == null ? text : text + " (" + aside + ")";
    }
}
