package org.attune.content.article;

/** How a block reads: a free-standing paragraph, or a statement (one point of a list). */
public enum BlockKind {
    PARAGRAPH,
    STATEMENT
}
