package org.attune.personalization.rewrite;

/** What a run of rewritten text is. */
public enum RunKind {
    /** Words as authored. */
    TEXT,
    /** A glossary term: replaced, spelled out or kept, with its annotation. */
    TERM,
    /** A citation marker such as [1, 3]. */
    CITATION
}
