package org.attune.content.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A headed part of an article: its blocks in reading order. */
public class Section {

    private Long id;
    private String heading;
    private List<Block> blocks = new ArrayList<>();

    protected Section() {
        // for JPA
    }

    public Section(String heading, List<Block> blocks) {
        if (heading == null || heading.isBlank()) {
            throw new IllegalArgumentException("a section needs a heading");
        }
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("section '" + heading + "' has no content");
        }
        this.heading = heading.strip();
        this.blocks.addAll(blocks);
    }

    public String heading() {
        return heading;
    }

    /** The section's fragment on the article page, from its authored heading: the same in every audience. */
    public String anchor() {
        return FragmentId.of("section", heading);
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Section other
                && heading.equals(other.heading)
                && List.copyOf(blocks).equals(List.copyOf(other.blocks));
    }

    @Override
    public int hashCode() {
        return Objects.hash(heading, blocks.size());
    }

    @Override
    public String toString() {
        return "## " + heading + " (" + blocks.size() + " blocks)";
    }
}
