package org.attune.web.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An article as the API returns it for one audience (JSON-B writes these records as they are; null fields are
 * left out): the same texts as the article page, as runs a program can render — plain text, glossary terms with
 * their explanation, and citations with their reference numbers.
 */
public record ArticleDocument(
        String slug,
        String audience,
        boolean demonstration,
        Text title,
        Block bottomLine,
        List<Section> sections,
        List<ArticlePage.ReferenceView> references,
        Review review,
        LocalDate lastUpdated,
        List<String> tags,
        Map<String, Readability> readability) {

    /** A piece of text: what the reader reads ({@code text}, citation markers left out) and its runs. */
    public record Text(String text, List<Run> runs) {}

    /**
     * One run: {@code type} is {@code text}, {@code term} or {@code citation}. A term carries the glossary term, its
     * plain wording, definition and expansion, and the words shown in brackets after it ({@code aside}); a citation
     * carries its reference numbers.
     */
    public record Run(
            String type,
            String text,
            String aside,
            String term,
            String plain,
            String definition,
            String expansion,
            List<Integer> references) {}

    /**
     * {@code kind} is {@code paragraph} or {@code statement} (a list item); {@code leadIn} may be absent;
     * {@code numbers} are the statistics moved out of the reading flow for this audience (patients), in order;
     * {@code certainty} the GRADE certainty the author marked ({@code high}, {@code moderate}, {@code low},
     * {@code very low}) and {@code certaintyInWords} how patients read it, both absent when unmarked.
     */
    public record Block(
            String kind,
            Text leadIn,
            Text text,
            boolean authorWording,
            List<String> numbers,
            String certainty,
            String certaintyInWords) {}

    public record Section(String anchor, Text heading, List<Block> blocks) {}

    public record Review(String status, List<ReviewStep> history) {}

    public record ReviewStep(String status, String by, LocalDate on, String comment) {}

    /** Flesch–Kincaid grade and SMOG of what this audience reads. */
    public record Readability(double fleschKincaidGrade, double smog) {}
}
