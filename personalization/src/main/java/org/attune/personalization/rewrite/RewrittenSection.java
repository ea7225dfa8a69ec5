package org.attune.personalization.rewrite;

import java.util.List;

/**
 * A section for one audience: its anchor (from the authored heading, the same in every audience), its heading in
 * this audience's words and its blocks in reading order.
 */
public record RewrittenSection(String anchor, RewrittenText heading, List<RewrittenBlock> blocks) {

    public RewrittenSection {
        blocks = List.copyOf(blocks);
    }
}
