package org.attune.content.citation;

/** A piece of cited text: either prose or a citation marker. */
public sealed interface TextSegment permits Prose, Citation {

    /** The segment exactly as it appears in the authored text. */
    String text();
}
