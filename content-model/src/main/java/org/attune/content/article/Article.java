package org.attune.content.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.attune.content.citation.Citation;
import org.attune.content.citation.CitedText;
import org.attune.content.citation.Reference;
import org.attune.content.coding.ClinicalCode;
import org.attune.content.review.ReviewEvent;
import org.attune.content.review.ReviewStatus;

/**
 * A structured, evidence-based article: a question, its bottom-line answer, sections of blocks, and the numbered
 * references every citation points at. It guards its own consistency: every citation resolves, reference numbers are
 * unique, and the review history follows the allowed stage transitions.
 */
public class Article {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** The longest slug, in characters: {@code article.slug} and {@code article_revision.slug}. */
    public static final int MAX_SLUG_LENGTH = 200;

    private Long id;
    private String slug;
    private String title;
    private Block bottomLine;
    private List<Section> sections = new ArrayList<>();
    private List<Reference> references = new ArrayList<>();
    private List<ReviewEvent> reviewHistory = new ArrayList<>();
    private ReviewStatus status;
    private LocalDate lastUpdated;
    private List<String> tags = new ArrayList<>();
    private boolean demonstration;
    private LocalDate nextReviewDue;
    private List<ClinicalCode> codes = new ArrayList<>();

    protected Article() {
        // for JPA
    }

    /**
     * @param demonstration true for an article that shows how Attune works (the demo content): readers are told it
     *                      is not real clinical advice and its reviewers are illustrative
     */
    public Article(
            String slug,
            String title,
            Block bottomLine,
            List<Section> sections,
            List<Reference> references,
            List<ReviewEvent> reviewHistory,
            LocalDate lastUpdated,
            List<String> tags,
            boolean demonstration) {
        if (slug == null || !isValidSlug(slug)) {
            throw new IllegalArgumentException("slug must be lower-case words joined by hyphens, was '" + slug + "'");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an article needs a title");
        }
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("an article needs at least one section");
        }
        this.slug = slug;
        this.title = title.strip();
        this.bottomLine = Objects.requireNonNull(bottomLine, "bottom line");
        this.sections.addAll(sections);
        this.references.addAll(requireUniqueNumbers(references));
        this.lastUpdated = Objects.requireNonNull(lastUpdated, "last updated");
        this.tags.addAll(tags);
        this.demonstration = demonstration;
        for (ReviewEvent event : reviewHistory) {
            recordReview(event);
        }
        Set<Integer> unresolved = unresolvedCitations();
        if (!unresolved.isEmpty()) {
            throw new IllegalArgumentException("citations point at no reference: " + unresolved);
        }
    }

    /** Lower-case letters and digits joined by hyphens, at most {@link #MAX_SLUG_LENGTH} characters. */
    public static boolean isValidSlug(String slug) {
        return slug.length() <= MAX_SLUG_LENGTH && SLUG.matcher(slug).matches();
    }

    private static List<Reference> requireUniqueNumbers(List<Reference> references) {
        Set<Integer> seen = new HashSet<>();
        for (Reference reference : references) {
            if (!seen.add(reference.number())) {
                throw new IllegalArgumentException("reference number " + reference.number() + " is used twice");
            }
        }
        return references.stream()
                .sorted((a, b) -> Integer.compare(a.number(), b.number()))
                .toList();
    }

    /** Moves the article to the event's stage; the first event must be a submission. */
    public void recordReview(ReviewEvent event) {
        if (status == null && event.status() != ReviewStatus.SUBMITTED) {
            throw new IllegalArgumentException(
                    "review starts with submission, not " + event.status().code());
        }
        if (status != null && !status.canMoveTo(event.status())) {
            throw new IllegalArgumentException("review cannot move from " + status.code() + " to "
                    + event.status().code());
        }
        reviewHistory.add(event);
        status = event.status();
    }

    public String slug() {
        return slug;
    }

    /** The question the article answers. */
    public String title() {
        return title;
    }

    public Block bottomLine() {
        return bottomLine;
    }

    public List<Section> sections() {
        return List.copyOf(sections);
    }

    /** References in number order. */
    public List<Reference> references() {
        return List.copyOf(references);
    }

    public Optional<Reference> reference(int number) {
        return references.stream().filter(r -> r.number() == number).findFirst();
    }

    /** The references a citation points at, in the order cited; numbers with no reference are skipped. */
    public List<Reference> resolve(Citation citation) {
        return citation.numbers().stream()
                .map(this::reference)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Every block in reading order: the bottom line, then each section's blocks. */
    public Stream<Block> blocks() {
        return Stream.concat(Stream.of(bottomLine), sections.stream().flatMap(s -> s.blocks().stream()));
    }

    /** The audiences the author wrote their own wording for, anywhere in the article, in alphabetical order. */
    public SortedSet<String> audiencesWithWording() {
        return blocks().flatMap(block -> block.overrides().stream())
                .map(AudienceOverride::audience)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<Integer> unresolvedCitations() {
        Set<Integer> unresolved = new TreeSet<>();
        blocks().flatMap(Article::allTexts)
                .flatMap(text -> CitedText.parse(text).citedNumbers().stream())
                .filter(n -> reference(n).isEmpty())
                .forEach(unresolved::add);
        return unresolved;
    }

    private static Stream<String> allTexts(Block block) {
        return Stream.concat(Stream.of(block.text()), block.overrides().stream().map(AudienceOverride::text));
    }

    public List<ReviewEvent> reviewHistory() {
        return List.copyOf(reviewHistory);
    }

    /** False for a draft: an article nobody has submitted for review yet (no review history). */
    public boolean isSubmitted() {
        return status != null;
    }

    /** The review stage reached; only a submitted article has one. */
    public ReviewStatus status() {
        if (status == null) {
            throw new IllegalStateException(slug + " is a draft: it has no review status until it is submitted");
        }
        return status;
    }

    /**
     * This article's content with the review history the editorial workflow recorded for it (any history the file
     * carried is replaced) and the date its next review is due, if approved. For an article not yet stored.
     */
    public Article reviewedAs(List<ReviewEvent> history, LocalDate reviewDue) {
        Article reviewed =
                new Article(slug, title, bottomLine, sections, references, history, lastUpdated, tags, demonstration);
        reviewed.nextReviewDue = reviewDue;
        reviewed.codes.addAll(codes);
        return reviewed;
    }

    /**
     * A copy of this article with the block at {@code index} (reading order: 0 is the bottom line, then each
     * section's blocks) replaced, for an article not yet stored.
     */
    public Article withBlock(int index, Block replacement) {
        Objects.requireNonNull(replacement, "block");
        int counted = blocks().toList().size();
        if (index < 0 || index >= counted) {
            throw new IndexOutOfBoundsException("block " + index + " of " + counted);
        }
        Block newBottomLine = index == 0 ? replacement : bottomLine;
        List<Section> newSections = new ArrayList<>();
        int position = 1;
        for (Section section : sections) {
            List<Block> blocks = new ArrayList<>();
            for (Block block : section.blocks()) {
                blocks.add(position++ == index ? replacement : block);
            }
            newSections.add(new Section(section.heading(), blocks));
        }
        Article copy = new Article(
                slug, title, newBottomLine, newSections, references, reviewHistory, lastUpdated, tags, demonstration);
        copy.nextReviewDue = nextReviewDue;
        copy.codes.addAll(codes);
        return copy;
    }

    /** A copy of this article answering these clinical codes (in place of any it had), for one not yet stored. */
    public Article withCodes(List<ClinicalCode> answered) {
        Article copy = reviewedAs(reviewHistory, nextReviewDue);
        copy.codes.clear();
        copy.codes.addAll(answered);
        return copy;
    }

    /** The clinical codes the article answers, for clinical systems that ask by code. */
    public List<ClinicalCode> codes() {
        return List.copyOf(codes);
    }

    /** When the approved content should be reviewed again; empty until approved through the workflow. */
    public Optional<LocalDate> nextReviewDue() {
        return Optional.ofNullable(nextReviewDue);
    }

    /** True when the next review was due before {@code today}. */
    public boolean isReviewOverdue(LocalDate today) {
        return nextReviewDue != null && nextReviewDue.isBefore(today);
    }

    public Optional<ReviewEvent> latestReview() {
        return reviewHistory.isEmpty() ? Optional.empty() : Optional.of(reviewHistory.get(reviewHistory.size() - 1));
    }

    public LocalDate lastUpdated() {
        return lastUpdated;
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    /** Demonstration content, not a real clinical article (its review is illustrative too). */
    public boolean isDemonstration() {
        return demonstration;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Article other
                && slug.equals(other.slug)
                && title.equals(other.title)
                && bottomLine.equals(other.bottomLine)
                && List.copyOf(sections).equals(List.copyOf(other.sections))
                && List.copyOf(references).equals(List.copyOf(other.references))
                && List.copyOf(reviewHistory).equals(List.copyOf(other.reviewHistory))
                && status == other.status
                && lastUpdated.equals(other.lastUpdated)
                && List.copyOf(tags).equals(List.copyOf(other.tags))
                && demonstration == other.demonstration
                && Objects.equals(nextReviewDue, other.nextReviewDue)
                && List.copyOf(codes).equals(List.copyOf(other.codes));
    }

    @Override
    public int hashCode() {
        return slug.hashCode();
    }

    @Override
    public String toString() {
        return slug + " (" + (status == null ? "draft" : status.code()) + ")";
    }
}
