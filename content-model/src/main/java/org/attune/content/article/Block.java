package org.attune.content.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.attune.content.citation.CitedText;

/**
 * A unit of text: a paragraph or a statement, with an optional bold lead-in ("Pain reduction:") and text that may
 * carry citation markers. Any block may hold per-audience overrides written by the author, and the GRADE certainty of
 * the evidence behind it.
 */
public class Block {

    private Long id;
    private BlockKind kind;
    private String leadIn;
    private String text;
    private List<AudienceOverride> overrides = new ArrayList<>();
    private Certainty certainty;

    protected Block() {
        // for JPA
    }

    public Block(BlockKind kind, String leadIn, String text) {
        this(kind, leadIn, text, List.of());
    }

    public Block(BlockKind kind, String leadIn, String text, List<AudienceOverride> overrides) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.leadIn = leadIn == null || leadIn.isBlank() ? null : leadIn.strip();
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a block needs text");
        }
        this.text = CitedText.parse(text.strip()).canonical();
        for (AudienceOverride override : overrides) {
            addOverride(override);
        }
    }

    public static Block paragraph(String text) {
        return new Block(BlockKind.PARAGRAPH, null, text);
    }

    public static Block statement(String leadIn, String text) {
        return new Block(BlockKind.STATEMENT, leadIn, text);
    }

    /**
     * A copy of this block whose override for {@code audience} is {@code replacement}; null removes it (the
     * audience then reads the engine's version). Other audiences' overrides keep their order.
     */
    public Block withOverride(String audience, AudienceOverride replacement) {
        List<AudienceOverride> kept = new ArrayList<>();
        boolean placed = false;
        for (AudienceOverride override : overrides) {
            if (!override.audience().equals(audience)) {
                kept.add(override);
            } else if (replacement != null) {
                kept.add(replacement);
                placed = true;
            }
        }
        if (replacement != null && !placed) {
            kept.add(replacement);
        }
        Block copy = new Block(kind, leadIn, text, kept);
        copy.certainty = certainty;
        return copy;
    }

    public void addOverride(AudienceOverride override) {
        if (overrideFor(override.audience()).isPresent()) {
            throw new IllegalArgumentException("a block has at most one override for " + override.audience());
        }
        overrides.add(override);
    }

    public BlockKind kind() {
        return kind;
    }

    public boolean isStatement() {
        return kind == BlockKind.STATEMENT;
    }

    /** The bold lead-in, or null. */
    public String leadIn() {
        return leadIn;
    }

    public boolean hasLeadIn() {
        return leadIn != null;
    }

    /** The text as authored, citation markers included. */
    public String text() {
        return text;
    }

    public CitedText citedText() {
        return CitedText.parse(text);
    }

    /** The GRADE certainty of the evidence behind this block, when the author marked it. */
    public Optional<Certainty> certainty() {
        return Optional.ofNullable(certainty);
    }

    /** Marks the certainty of the evidence behind this block; a block is marked at most once. */
    public void markCertainty(Certainty certainty) {
        Objects.requireNonNull(certainty, "certainty");
        if (this.certainty != null) {
            throw new IllegalArgumentException("a block's certainty is marked once");
        }
        this.certainty = certainty;
    }

    public List<AudienceOverride> overrides() {
        return List.copyOf(overrides);
    }

    public Optional<AudienceOverride> overrideFor(String audience) {
        return overrides.stream().filter(o -> o.audience().equals(audience)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Block other
                && kind == other.kind
                && Objects.equals(leadIn, other.leadIn)
                && text.equals(other.text)
                && certainty == other.certainty
                && List.copyOf(overrides).equals(List.copyOf(other.overrides));
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, leadIn, text);
    }

    @Override
    public String toString() {
        return (leadIn == null ? "" : "**" + leadIn + "** ") + text;
    }
}
