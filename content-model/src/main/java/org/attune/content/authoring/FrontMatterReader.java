package org.attune.content.authoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.attune.content.article.Article;
import org.attune.content.citation.Reference;
import org.attune.content.citation.ReferenceType;
import org.attune.content.coding.ClinicalCode;
import org.attune.content.coding.CodeSystem;
import org.attune.content.review.ReviewEvent;
import org.attune.content.review.ReviewStatus;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the YAML front matter through SnakeYAML's node graph, which keeps each value's position, so every problem
 * is reported on the line it is on.
 */
final class FrontMatterReader {

    private static final Set<String> ARTICLE_KEYS =
            Set.of("slug", "title", "updated", "tags", "codes", "demo", "review", "references");
    private static final Set<String> CODE_KEYS = Set.of("system", "code", "display");
    private static final Set<String> REVIEW_KEYS = Set.of("status", "by", "on", "comment");
    private static final Set<String> REFERENCE_KEYS =
            Set.of("number", "type", "title", "source", "year", "doi", "pmid", "url");

    private final Problems problems;
    private final int firstLine;
    private final AuthoringRules rules;
    private String yaml = "";

    /**
     * @param firstLine the file line (1-based) on which the YAML text starts
     */
    FrontMatterReader(Problems problems, int firstLine, AuthoringRules rules) {
        this.problems = problems;
        this.firstLine = firstLine;
        this.rules = rules;
    }

    FrontMatter read(String yaml) {
        this.yaml = yaml;
        Node root;
        try {
            // No Java objects are built, so SnakeYAML's own duplicate-key check (LoaderOptions.allowDuplicateKeys,
            // applied only while constructing objects) never runs here: fields() refuses a repeated key instead.
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? firstLine : lineOf(e.getProblemMark());
            problems.add(line, ProblemCode.YAML_INVALID, String.valueOf(e.getProblem()));
            return empty();
        } catch (YAMLException e) {
            problems.add(firstLine, ProblemCode.YAML_INVALID, String.valueOf(e.getMessage()));
            return empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(firstLine, ProblemCode.FRONT_MATTER_NOT_A_MAPPING);
            return empty();
        }
        Map<String, Node> fields = fields(mapping, ARTICLE_KEYS, ProblemCode.ARTICLE_UNKNOWN_FIELD);

        String slug = requiredText(fields, "slug", mapping, FieldLimit.SLUG).orElse(null);
        if (slug != null && !Article.isValidSlug(slug)) {
            problems.add(line(fields.get("slug")), ProblemCode.SLUG_MALFORMED, slug);
            slug = null;
        }
        String title = requiredText(fields, "title", mapping, FieldLimit.TITLE).orElse(null);
        LocalDate updated = fields.containsKey("updated") || rules.defaultUpdated() == null
                ? requiredText(fields, "updated", mapping)
                        .flatMap(text -> date(text, fields.get("updated")))
                        .orElse(null)
                : rules.defaultUpdated();
        List<String> tags = fields.containsKey("tags") ? tags(fields.get("tags")) : List.of();
        List<ClinicalCode> codes = codes(fields.get("codes"));
        boolean demo = fields.containsKey("demo") && demo(fields.get("demo"));
        List<ReviewEvent> review = review(fields.get("review"), mapping);
        if (fields.containsKey("review") && rules.reviewBlock() == AuthoringRules.ReviewBlock.FORBIDDEN) {
            problems.add(line(fields.get("review")), ProblemCode.REVIEW_FORBIDDEN);
        }
        List<Reference> references = new ArrayList<>();
        Set<Integer> declared = new HashSet<>();
        references(fields.get("references"), references, declared);
        return new FrontMatter(slug, title, updated, tags, codes, demo, review, references, declared, true);
    }

    private static FrontMatter empty() {
        return new FrontMatter(null, null, null, List.of(), List.of(), false, List.of(), List.of(), Set.of(), false);
    }

    /** The known keys of a mapping with their values; an unknown key ({@code unknown}) or a key given twice is a problem. */
    private Map<String, Node> fields(MappingNode mapping, Set<String> known, ProblemCode unknown) {
        Map<String, Node> fields = new HashMap<>();
        Map<String, Node> keys = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null || !known.contains(key)) {
                problems.add(
                        line(tuple.getKeyNode()),
                        unknown,
                        String.valueOf(key),
                        String.join(", ", known.stream().sorted().toList()));
                continue;
            }
            Node first = keys.putIfAbsent(key, tuple.getKeyNode());
            if (first != null) {
                problems.add(line(tuple.getKeyNode()), ProblemCode.FIELD_GIVEN_TWICE, key, line(first));
                continue;
            }
            fields.put(key, tuple.getValueNode());
        }
        return fields;
    }

    private Optional<String> requiredText(Map<String, Node> fields, String key, Node owner) {
        Node node = fields.get(key);
        if (node == null) {
            problems.add(line(owner), ProblemCode.FIELD_MISSING, key);
            return Optional.empty();
        }
        return text(node, key);
    }

    /** The field's text, when given and no longer than {@code limit} allows. */
    private Optional<String> requiredText(Map<String, Node> fields, String key, Node owner, FieldLimit limit) {
        return requiredText(fields, key, owner).filter(text -> limit.check(text, line(fields.get(key)), problems));
    }

    private Optional<String> optionalText(Map<String, Node> fields, String key) {
        Node node = fields.get(key);
        return node == null ? Optional.empty() : text(node, key);
    }

    /** The field's text, when given and no longer than {@code limit} allows. */
    private Optional<String> optionalText(Map<String, Node> fields, String key, FieldLimit limit) {
        return optionalText(fields, key).filter(text -> limit.check(text, line(fields.get(key)), problems));
    }

    private Optional<String> text(Node node, String key) {
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(line(node), ProblemCode.FIELD_NOT_A_SINGLE_VALUE, key);
            return Optional.empty();
        }
        if (scalar.getValue().isBlank()) {
            problems.add(line(node), ProblemCode.FIELD_EMPTY, key);
            return Optional.empty();
        }
        return Optional.of(scalar.getValue().strip());
    }

    private Optional<LocalDate> date(String text, Node node) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(line(node), ProblemCode.DATE_MALFORMED, text);
            return Optional.empty();
        }
    }

    /** {@code demo: true} marks demonstration content; only true or false are accepted. */
    private boolean demo(Node node) {
        if (node instanceof ScalarNode scalar
                && (scalar.getValue().equals("true") || scalar.getValue().equals("false"))) {
            return scalar.getValue().equals("true");
        }
        problems.add(line(node), ProblemCode.DEMO_NOT_TRUE_OR_FALSE);
        return false;
    }

    private List<String> tags(Node node) {
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(line(node), ProblemCode.TAGS_NOT_A_LIST);
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            text(item, "tag")
                    .filter(tag -> FieldLimit.TAG.check(tag, line(item), problems))
                    .ifPresent(tags::add);
        }
        return tags;
    }

    private List<ReviewEvent> review(Node node, Node owner) {
        if (node == null && rules.reviewBlock() != AuthoringRules.ReviewBlock.REQUIRED) {
            return List.of();
        }
        if (node == null) {
            problems.add(line(owner), ProblemCode.REVIEW_MISSING);
            return List.of();
        }
        List<ReviewEvent> events = new ArrayList<>();
        ReviewStatus previous = null;
        for (MappingNode entry : entries(node, "review")) {
            Map<String, Node> fields = fields(entry, REVIEW_KEYS, ProblemCode.REVIEW_UNKNOWN_FIELD);
            Optional<ReviewStatus> status = requiredCode(
                    fields,
                    "status",
                    entry,
                    ReviewStatus::fromCode,
                    ProblemCode.REVIEW_UNKNOWN_STATUS,
                    ReviewStatus.knownCodes());
            Optional<String> by = requiredText(fields, "by", entry, FieldLimit.REVIEWER);
            Optional<LocalDate> on = requiredText(fields, "on", entry).flatMap(text -> date(text, fields.get("on")));
            Optional<String> comment = optionalText(fields, "comment", FieldLimit.REVIEW_COMMENT);
            if (status.isEmpty() || by.isEmpty() || on.isEmpty()) {
                continue;
            }
            if (previous == null && status.get() != ReviewStatus.SUBMITTED) {
                problems.add(
                        line(entry),
                        ProblemCode.REVIEW_NOT_STARTED_BY_SUBMISSION,
                        status.get().code());
            } else if (previous != null && !previous.canMoveTo(status.get())) {
                problems.add(
                        line(entry),
                        ProblemCode.REVIEW_ILLEGAL_MOVE,
                        previous.code(),
                        status.get().code());
            }
            previous = status.get();
            events.add(new ReviewEvent(status.get(), by.get(), on.get(), comment.orElse(null)));
        }
        return events;
    }

    /** The clinical codes the article answers: {@code system} (icd-10-cm, snomed-ct), {@code code}, {@code display}. */
    private List<ClinicalCode> codes(Node node) {
        List<ClinicalCode> codes = new ArrayList<>();
        if (node == null) {
            return codes;
        }
        for (MappingNode entry : entries(node, "codes")) {
            Map<String, Node> fields = fields(entry, CODE_KEYS, ProblemCode.CODE_UNKNOWN_FIELD);
            Optional<CodeSystem> system = requiredCode(
                    fields,
                    "system",
                    entry,
                    CodeSystem::fromCode,
                    ProblemCode.CODE_UNKNOWN_SYSTEM,
                    CodeSystem.knownCodes());
            Optional<String> code = requiredText(fields, "code", entry);
            if (system.isEmpty() || code.isEmpty()) {
                continue;
            }
            if (!system.get().isWellFormed(code.get())) {
                problems.add(
                        line(fields.get("code")),
                        ProblemCode.CODE_MALFORMED,
                        code.get(),
                        system.get().label());
                continue;
            }
            Optional<String> display = optionalText(fields, "display", FieldLimit.CODE_DISPLAY);
            codes.add(new ClinicalCode(system.get(), code.get(), display.orElse(null)));
        }
        return codes;
    }

    /** Reads the valid references; every number declared, valid entry or not, goes into {@code numbers}. */
    private void references(Node node, List<Reference> references, Set<Integer> numbers) {
        if (node == null) {
            return;
        }
        for (MappingNode entry : entries(node, "references")) {
            Map<String, Node> fields = fields(entry, REFERENCE_KEYS, ProblemCode.REFERENCE_UNKNOWN_FIELD);
            Optional<Integer> number = requiredText(fields, "number", entry)
                    .flatMap(text -> integer(
                            text,
                            fields.get("number"),
                            ProblemCode.REFERENCE_NUMBER_OUT_OF_RANGE,
                            1,
                            Reference.MAX_NUMBER));
            Optional<ReferenceType> type = requiredCode(
                    fields,
                    "type",
                    entry,
                    ReferenceType::fromCode,
                    ProblemCode.REFERENCE_UNKNOWN_TYPE,
                    ReferenceType.knownCodes());
            Optional<String> title = requiredText(fields, "title", entry, FieldLimit.REFERENCE_TITLE);
            Optional<String> source = requiredText(fields, "source", entry, FieldLimit.REFERENCE_SOURCE);
            Optional<Integer> year = requiredText(fields, "year", entry)
                    .flatMap(text ->
                            integer(text, fields.get("year"), ProblemCode.REFERENCE_YEAR_OUT_OF_RANGE, 1800, 2200));
            Optional<String> doi = doi(fields);
            Optional<String> pmid = pmid(fields);
            Optional<String> url = optionalText(fields, "url", FieldLimit.URL)
                    .filter(text -> wellFormed(
                            Reference.isWebAddress(text), fields.get("url"), ProblemCode.REFERENCE_URL_MALFORMED));
            if (number.isPresent() && !numbers.add(number.get())) {
                problems.add(line(fields.get("number")), ProblemCode.REFERENCE_NUMBER_GIVEN_TWICE, number.get());
                continue;
            }
            if (number.isEmpty() || type.isEmpty() || title.isEmpty() || source.isEmpty() || year.isEmpty()) {
                continue;
            }
            references.add(new Reference(
                    number.get(),
                    type.get(),
                    title.get(),
                    source.get(),
                    year.get(),
                    doi.orElse(null),
                    pmid.orElse(null),
                    url.orElse(null)));
        }
    }

    /** The reference's DOI; a new file's must be written as a DOI (a stored revision's is read as written). */
    private Optional<String> doi(Map<String, Node> fields) {
        Optional<String> doi = optionalText(fields, "doi", FieldLimit.DOI);
        if (!rules.identifiersChecked()) {
            return doi;
        }
        return doi.filter(text ->
                wellFormed(Reference.isDoi(text), fields.get("doi"), ProblemCode.REFERENCE_DOI_MALFORMED, text));
    }

    /** The reference's PMID; a new file's is digits only (a stored revision's is read as written). */
    private Optional<String> pmid(Map<String, Node> fields) {
        if (!rules.identifiersChecked()) {
            return optionalText(fields, "pmid");
        }
        return optionalText(fields, "pmid", FieldLimit.PMID)
                .filter(text -> wellFormed(
                        Reference.isPubMedId(text), fields.get("pmid"), ProblemCode.REFERENCE_PMID_MALFORMED, text));
    }

    private List<MappingNode> entries(Node node, String key) {
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(line(node), ProblemCode.ENTRIES_NOT_A_LIST, key);
            return List.of();
        }
        List<MappingNode> entries = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                entries.add(mapping);
            } else {
                problems.add(line(item), ProblemCode.ENTRY_NOT_A_MAPPING, key);
            }
        }
        return entries;
    }

    /** True when well formed; otherwise reports {@code error} (with its {@code arguments}) at the value's line. */
    private boolean wellFormed(boolean wellFormed, Node node, ProblemCode error, Object... arguments) {
        if (!wellFormed) {
            problems.add(line(node), error, arguments);
        }
        return wellFormed;
    }

    /**
     * The value a required field's code names (a review status, a code system, a reference type); an unknown code is
     * reported at its line as {@code unknown}, e.g. "unknown code system '...' (known: {@code known})".
     */
    private <T> Optional<T> requiredCode(
            Map<String, Node> fields,
            String key,
            Node owner,
            Function<String, Optional<T>> lookup,
            ProblemCode unknown,
            String known) {
        return requiredText(fields, key, owner).flatMap(code -> {
            Optional<T> value = lookup.apply(code);
            if (value.isEmpty()) {
                problems.add(line(fields.get(key)), unknown, code, known);
            }
            return value;
        });
    }

    /** The whole number {@code text} holds, from {@code min} to {@code max}; otherwise reports {@code outOfRange}. */
    private Optional<Integer> integer(String text, Node node, ProblemCode outOfRange, int min, int max) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(line(node), outOfRange, min, max, text);
        return Optional.empty();
    }

    private int line(Node node) {
        return lineOf(node.getStartMark());
    }

    /**
     * The file line of a position in the YAML text. SnakeYAML's own line count also breaks at U+0085, U+2028 and
     * U+2029, which are no line breaks in the file: count the '\n's before the position (SnakeYAML's index counts
     * code points).
     */
    private int lineOf(Mark mark) {
        int end = yaml.offsetByCodePoints(0, Math.min(mark.getIndex(), yaml.codePointCount(0, yaml.length())));
        return firstLine
                + (int) yaml.substring(0, end).chars().filter(c -> c == '\n').count();
    }
}
