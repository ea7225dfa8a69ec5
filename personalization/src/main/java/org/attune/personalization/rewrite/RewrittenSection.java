package org.attune.personalization.rewrite;

import java.util.List;

/** A section for one audience: its heading and blocks in reading order. */
public record RewrittenSection(RewrittenText heading, List<RewrittenBlock> blocks) {

    public RewrittenSection {
        blocks = List.copyOf(blocks);
    }
}
