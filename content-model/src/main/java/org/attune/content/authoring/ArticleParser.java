package org.attune.content.authoring;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.attune.content.article.Article;
import org.attune.content.citation.CitedText;
import org.attune.content.citation.Reference;

/**
 * Parses an article file (YAML front matter between {@code ---} lines, then a CommonMark body; see
 * {@code docs/authoring-format.md}). Either the whole article comes back, or an {@link ArticleFormatException}
 * listing every problem with its file and line: nothing half-read ever escapes.
 */
public final class ArticleParser {

    private static final String FENCE = "---";

    private final AuthoringRules rules;

    /** A parser for complete article files, review history included (the demo articles, imports). */
    public ArticleParser() {
        this(new AuthoringRules(AuthoringRules.ReviewBlock.REQUIRED, null, true));
    }

    private ArticleParser(AuthoringRules rules) {
        this.rules = rules;
    }

    /**
     * A parser for what authors write or upload: a {@code review:} block is a problem (review history comes only
     * from the editorial workflow), and {@code updated:} may be left out, meaning {@code today}.
     */
    public static ArticleParser forAuthors(LocalDate today) {
        return new ArticleParser(new AuthoringRules(AuthoringRules.ReviewBlock.FORBIDDEN, today, true));
    }

    /**
     * A parser for a revision already accepted, whichever way it came in: an imported file's {@code review:} block
     * is read if present, and a missing {@code updated:} means {@code written}, the day it was last written. DOIs and
     * PMIDs are read as written: a revision stored before they had to be well formed stays readable (and retirable).
     */
    public static ArticleParser forRevisions(LocalDate written) {
        return new ArticleParser(new AuthoringRules(AuthoringRules.ReviewBlock.OPTIONAL, written, false));
    }

    /**
     * A revision's file read again after it was accepted and stored: a problem now is a fault of the program, not of
     * the file, so it is an {@link IllegalStateException} naming the file.
     */
    public Article parseAccepted(String fileName, String content) {
        try {
            return parse(fileName, content);
        } catch (ArticleFormatException e) {
            throw new IllegalStateException(fileName + " was accepted but no longer parses: " + e.getMessage(), e);
        }
    }

    public Article parse(String fileName, String content) throws ArticleFormatException {
        Problems problems = new Problems(fileName);
        FieldLimit.FILE.check(content, 1, problems);
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        checkNoNul(lines, problems);
        if (!lines[0].strip().equals(FENCE)) {
            problems.add(1, ProblemCode.FILE_NO_FRONT_MATTER);
            throw problems.exception();
        }
        int close = closingFence(lines);
        if (close < 0) {
            problems.add(1, ProblemCode.FILE_FRONT_MATTER_NOT_CLOSED);
            throw problems.exception();
        }
        FrontMatter header = new FrontMatterReader(problems, 2, rules).read(join(lines, 1, close));
        // A file that ends with the closing fence has no body line: its problems are reported on the fence.
        int bodyLine = Math.min(close + 2, lines.length);
        Body body = new BodyReader(problems, bodyLine).read(join(lines, close + 1, lines.length));
        checkCitations(header, body, problems);
        if (problems.any()) {
            throw problems.exception();
        }
        try {
            return new Article(
                            header.slug(),
                            header.title(),
                            body.bottomLine(),
                            body.sections(),
                            header.references(),
                            header.review(),
                            header.updated(),
                            header.tags(),
                            header.demo())
                    .withCodes(header.codes());
        } catch (IllegalArgumentException e) {
            // a safety net: every rule of Article's is checked above, with its line; its own wording is English
            problems.add(1, ProblemCode.WORDED, e.getMessage());
            throw problems.exception();
        }
    }

    /**
     * PostgreSQL stores no NUL character (U+0000) in text, and the file is stored as written: the first line holding
     * one is a problem (CommonMark would have read it as U+FFFD, so nothing else would notice).
     */
    private static void checkNoNul(String[] lines, Problems problems) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf('\u0000') >= 0) {
                problems.add(i + 1, ProblemCode.FILE_NUL_CHARACTER);
                return;
            }
        }
    }

    private static int closingFence(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                return i;
            }
        }
        return -1;
    }

    private static String join(String[] lines, int from, int to) {
        return String.join("\n", java.util.Arrays.asList(lines).subList(from, to));
    }

    private static void checkCitations(FrontMatter header, Body body, Problems problems) {
        Set<Integer> known = new TreeSet<>(header.declaredReferenceNumbers());
        for (Body.LocatedBlock block : body.blocks()) {
            CitedText cited = CitedText.parse(block.text());
            for (String marker : cited.tooLargeMarkers()) {
                problems.add(block.line(), ProblemCode.CITATION_NUMBER_TOO_LARGE, marker, Reference.MAX_NUMBER);
            }
            if (!header.readable()) {
                continue;
            }
            for (int number : new TreeSet<>(cited.citedNumbers())) {
                if (!known.contains(number)) {
                    problems.add(block.line(), ProblemCode.CITATION_UNKNOWN_REFERENCE, number, describe(known));
                }
            }
        }
    }

    private static Problem.Part describe(Set<Integer> numbers) {
        if (numbers.isEmpty()) {
            return Problem.Part.of(ProblemCode.PHRASE_NO_REFERENCES);
        }
        return Problem.Part.of(
                ProblemCode.PHRASE_REFERENCES_ARE,
                numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
}
