package org.attune.content.citation;

/** A run of ordinary words between citation markers. */
public record Prose(String text) implements TextSegment {}
