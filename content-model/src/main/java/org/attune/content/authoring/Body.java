package org.attune.content.authoring;

import java.util.List;

import org.attune.content.article.Block;
import org.attune.content.article.Section;

/** The body of an article file: the bottom line and the sections, with where each block was written. */
record Body(Block bottomLine, List<Section> sections, List<LocatedBlock> blocks) {

    /** A block (or override) text and the file line it starts on, for reporting problems in it. */
    record LocatedBlock(String text, int line) {}
}
