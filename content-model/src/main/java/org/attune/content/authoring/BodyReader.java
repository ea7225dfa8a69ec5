package org.attune.content.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.attune.content.article.AudienceId;
import org.attune.content.article.AudienceOverride;
import org.attune.content.article.Block;
import org.attune.content.article.BlockKind;
import org.attune.content.article.Certainty;
import org.attune.content.article.Section;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads the CommonMark body into the bottom line and sections. commonmark-java does the Markdown; this class only
 * maps its block tree onto the article's structure and reports anything outside the format, with its line.
 */
final class BodyReader {

    private static final Parser MARKDOWN =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    private static final Pattern AUDIENCE_PREFIX = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9-]*)\\s*:\\s*");

    private final Problems problems;
    private final int firstLine;

    private Block bottomLine;
    private final List<Section> sections = new ArrayList<>();
    private final List<Body.LocatedBlock> located = new ArrayList<>();

    private String heading;
    private int headingLine;
    private List<Block> blocks;
    private Block lastBlock;

    /**
     * @param firstLine the file line (1-based) on which the body starts
     */
    BodyReader(Problems problems, int firstLine) {
        this.problems = problems;
        this.firstLine = firstLine;
    }

    Body read(String markdown) {
        try {
            Node document = MARKDOWN.parse(markdown);
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                readBlock(node);
            }
        } catch (StackOverflowError e) {
            // commonmark-java recurses once per level of nesting (so does reading its tree): thousands of '**' or
            // '>' inside each other overflow the stack. Nothing was built on the unwound stack; report, don't crash.
            problems.add(firstLine, ProblemCode.BODY_NESTED_TOO_DEEPLY);
            return new Body(null, List.of(), List.of());
        }
        closeSection();
        if (bottomLine == null) {
            problems.add(firstLine, ProblemCode.BOTTOM_LINE_MISSING);
        }
        if (sections.isEmpty() && heading == null) {
            problems.add(firstLine, ProblemCode.SECTION_MISSING);
        }
        return new Body(bottomLine, sections, located);
    }

    private void readBlock(Node node) {
        if (node instanceof Heading h) {
            readHeading(h);
        } else if (node instanceof Paragraph paragraph) {
            addBlock(toBlock(paragraph, BlockKind.PARAGRAPH), node);
        } else if (node instanceof BulletList list) {
            readList(list);
        } else if (node instanceof BlockQuote quote) {
            readOverrides(quote);
        } else {
            problems.add(line(node), ProblemCode.BODY_UNSUPPORTED_MARKDOWN, markdownName(node));
        }
    }

    private void readHeading(Heading h) {
        if (h.getLevel() != 2) {
            problems.add(line(h), ProblemCode.SECTION_WRONG_HEADING_LEVEL, h.getLevel());
            return;
        }
        closeSection();
        heading = pieces(h).stream()
                .map(Piece::text)
                .collect(Collectors.joining())
                .strip();
        headingLine = line(h);
        FieldLimit.HEADING.check(heading, headingLine, problems);
        blocks = new ArrayList<>();
        lastBlock = null;
    }

    private void closeSection() {
        if (heading == null) {
            return;
        }
        if (blocks.isEmpty()) {
            problems.add(headingLine, ProblemCode.SECTION_EMPTY, heading);
        } else if (heading.isBlank()) {
            problems.add(headingLine, ProblemCode.SECTION_HEADING_EMPTY);
        } else {
            sections.add(new Section(heading, blocks));
        }
        heading = null;
    }

    private void readList(BulletList list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            readListItem((ListItem) item);
        }
    }

    private void readListItem(ListItem item) {
        Node first = item.getFirstChild();
        if (!(first instanceof Paragraph paragraph)) {
            problems.add(line(item), ProblemCode.LIST_ITEM_NO_STATEMENT);
            return;
        }
        addBlock(toBlock(paragraph, BlockKind.STATEMENT), paragraph);
        for (Node node = first.getNext(); node != null; node = node.getNext()) {
            if (node instanceof BlockQuote quote) {
                readOverrides(quote);
            } else {
                problems.add(line(node), ProblemCode.LIST_ITEM_UNSUPPORTED_MARKDOWN, unsupported(node));
            }
        }
    }

    private void addBlock(BlockText text, Node node) {
        if (text.text().isBlank()) {
            problems.add(line(node), ProblemCode.BLOCK_NO_TEXT);
            return;
        }
        Block block = new Block(text.kind(), text.leadIn(), text.text());
        Problem.Part name = Problem.Part.of(
                heading == null && bottomLine == null && sections.isEmpty()
                        ? ProblemCode.NAME_BOTTOM_LINE
                        : kind(block.kind()));
        FieldLimit.LEAD_IN.check(
                block.leadIn(), Problem.Part.of(ProblemCode.NAME_LEAD_IN_OF, name), line(node), problems);
        FieldLimit.TEXT.check(block.text(), name, line(node), problems);
        located.add(new Body.LocatedBlock(block.text(), line(node)));
        if (heading == null) {
            if (bottomLine != null || !sections.isEmpty()) {
                problems.add(line(node), ProblemCode.BOTTOM_LINE_NOT_SINGLE);
                return;
            }
            if (block.kind() != BlockKind.PARAGRAPH) {
                problems.add(line(node), ProblemCode.BOTTOM_LINE_NOT_A_PARAGRAPH);
                return;
            }
            bottomLine = block;
        } else {
            blocks.add(block);
        }
        lastBlock = block;
    }

    private void readOverrides(BlockQuote quote) {
        if (lastBlock == null) {
            problems.add(line(quote), ProblemCode.OVERRIDE_NOT_AFTER_A_BLOCK);
            return;
        }
        for (Node node = quote.getFirstChild(); node != null; node = node.getNext()) {
            if (!(node instanceof Paragraph paragraph)) {
                problems.add(line(node), ProblemCode.OVERRIDE_NOT_A_PARAGRAPH, unsupported(node));
                continue;
            }
            readOverride(paragraph);
        }
    }

    private void readOverride(Paragraph paragraph) {
        List<Piece> pieces = pieces(paragraph);
        Matcher prefix = pieces.isEmpty() || pieces.get(0).strong()
                ? null
                : AUDIENCE_PREFIX.matcher(pieces.get(0).text());
        if (prefix == null || !prefix.find()) {
            problems.add(line(paragraph), ProblemCode.OVERRIDE_NO_AUDIENCE, audienceId());
            return;
        }
        String audience = prefix.group(1).toLowerCase(java.util.Locale.ROOT);
        if (audience.equals("certainty")) {
            readCertainty(paragraph, pieces, prefix.end());
            return;
        }
        if (!AudienceId.isWellFormed(audience)) {
            problems.add(line(paragraph), ProblemCode.OVERRIDE_MALFORMED_AUDIENCE, prefix.group(1), audienceId());
            return;
        }
        pieces.set(0, new Piece(false, pieces.get(0).text().substring(prefix.end())));
        BlockText text = BlockText.of(lastBlock.kind(), pieces);
        if (text.text().isBlank()) {
            problems.add(line(paragraph), ProblemCode.OVERRIDE_NO_TEXT, audience);
            return;
        }
        if (lastBlock.overrideFor(audience).isPresent()) {
            problems.add(line(paragraph), ProblemCode.OVERRIDE_GIVEN_TWICE, audience);
            return;
        }
        AudienceOverride override = new AudienceOverride(audience, text.leadIn(), text.text());
        Problem.Part name = Problem.Part.of(ProblemCode.NAME_OVERRIDE, audience);
        FieldLimit.LEAD_IN.check(
                override.leadIn(), Problem.Part.of(ProblemCode.NAME_LEAD_IN_OF, name), line(paragraph), problems);
        FieldLimit.TEXT.check(override.text(), name, line(paragraph), problems);
        lastBlock.addOverride(override);
        located.add(new Body.LocatedBlock(text.text(), line(paragraph)));
    }

    /** "certainty: moderate" in a block's quote: the GRADE certainty of the evidence behind the block. */
    private void readCertainty(Paragraph paragraph, List<Piece> pieces, int valueStart) {
        if (pieces.size() != 1) {
            problems.add(line(paragraph), ProblemCode.CERTAINTY_WITH_MARKUP);
            return;
        }
        String written = pieces.get(0).text().substring(valueStart);
        Certainty certainty;
        try {
            certainty = Certainty.parse(written);
        } catch (IllegalArgumentException e) {
            // Certainty.parse refuses only an unknown word
            problems.add(line(paragraph), ProblemCode.CERTAINTY_UNKNOWN, written.strip());
            return;
        }
        if (lastBlock.certainty().isPresent()) {
            problems.add(line(paragraph), ProblemCode.CERTAINTY_GIVEN_TWICE);
            return;
        }
        lastBlock.markCertainty(certainty);
    }

    private static ProblemCode kind(BlockKind kind) {
        return kind == BlockKind.STATEMENT ? ProblemCode.NAME_STATEMENT : ProblemCode.NAME_PARAGRAPH;
    }

    /** What an audience's id may be, e.g. "lowercase letters, ..." (as {@link AudienceId#expected()} has it). */
    private static Problem.Part audienceId() {
        return Problem.Part.of(ProblemCode.PHRASE_AUDIENCE_ID, AudienceId.MAX_LENGTH, AudienceId.RESERVED);
    }

    private BlockText toBlock(Paragraph paragraph, BlockKind kind) {
        return BlockText.of(kind, pieces(paragraph));
    }

    private List<Piece> pieces(Node parent) {
        List<Piece> pieces = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            String text = inlineText(node);
            if (text == null) {
                problems.add(line(parent), ProblemCode.BODY_UNSUPPORTED_MARKDOWN, markdownName(outsideTheFormat(node)));
            } else {
                pieces.add(new Piece(node instanceof StrongEmphasis, text));
            }
        }
        return pieces;
    }

    /** The inline node that makes this one unreadable: itself, or the first such node inside it. */
    private static Node outsideTheFormat(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (inlineText(child) == null) {
                return outsideTheFormat(child);
            }
        }
        return node;
    }

    /** The plain text of inline content, or null when it holds something outside the format (links, HTML...). */
    private static String inlineText(Node node) {
        if (node instanceof Text text) {
            return text.getLiteral();
        }
        if (node instanceof Code code) {
            return code.getLiteral();
        }
        if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            return " ";
        }
        if (node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Heading) {
            StringBuilder out = new StringBuilder();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                String text = inlineText(child);
                if (text == null) {
                    return null;
                }
                out.append(text);
            }
            return out.toString();
        }
        return null;
    }

    /** "{markup} is not part of the article format (...)", to end another problem's wording. */
    private static Problem.Part unsupported(Node node) {
        return Problem.Part.of(ProblemCode.BODY_UNSUPPORTED_MARKDOWN, markdownName(node));
    }

    /** commonmark-java's name for the markup, e.g. "fenced code block" (its class name, in words). */
    private static String markdownName(Node node) {
        return node.getClass()
                .getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private int line(Node node) {
        Node located = node;
        while (located != null && located.getSourceSpans().isEmpty()) {
            located = located.getParent();
        }
        return located == null
                ? firstLine
                : firstLine + located.getSourceSpans().get(0).getLineIndex();
    }

    /** A run of inline text; strong runs at the start of a block are its lead-in. */
    record Piece(boolean strong, String text) {}

    /** A block's lead-in and text, assembled from inline pieces. */
    record BlockText(BlockKind kind, String leadIn, String text) {

        static BlockText of(BlockKind kind, List<Piece> pieces) {
            int start = 0;
            while (start < pieces.size()
                    && !pieces.get(start).strong()
                    && pieces.get(start).text().isBlank()) {
                start++;
            }
            String leadIn = null;
            if (start < pieces.size() && pieces.get(start).strong()) {
                leadIn = pieces.get(start).text().strip();
                start++;
            }
            StringBuilder text = new StringBuilder();
            for (int i = start; i < pieces.size(); i++) {
                text.append(pieces.get(i).text());
            }
            String body = text.toString().replaceAll("\\s+", " ").strip();
            if (body.isEmpty() && leadIn != null) {
                return new BlockText(kind, null, leadIn);
            }
            return new BlockText(kind, leadIn, body);
        }
    }
}
