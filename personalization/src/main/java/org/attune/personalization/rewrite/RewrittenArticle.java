package org.attune.personalization.rewrite;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attune.personalization.audience.AudienceProfile;

/**
 * An article as one audience reads it: an immutable view a template can iterate
 * ({@code title}, {@code bottomLine}, {@code sections} → {@code blocks} → {@code runs}, {@code keyTerms}).
 */
public record RewrittenArticle(
        String slug,
        AudienceProfile audience,
        RewrittenText title,
        RewrittenBlock bottomLine,
        List<RewrittenSection> sections,
        List<KeyTerm> keyTerms) {

    public RewrittenArticle {
        sections = List.copyOf(sections);
        keyTerms = List.copyOf(keyTerms);
    }

    /** Every block in reading order: the bottom line, then each section's blocks. */
    public Stream<RewrittenBlock> blocks() {
        return Stream.concat(Stream.of(bottomLine), sections.stream().flatMap(s -> s.blocks().stream()));
    }

    /**
     * The running text a reader reads, for readability scores: every block (lead-in and text) without citation
     * markers, one block per line. Title and headings are left out.
     */
    public String bodyText() {
        return blocks().map(RewrittenBlock::withoutCitations).collect(Collectors.joining("\n"));
    }
}
