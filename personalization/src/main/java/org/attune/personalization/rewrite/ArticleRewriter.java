package org.attune.personalization.rewrite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.attune.content.article.Article;
import org.attune.content.article.AudienceOverride;
import org.attune.content.article.Block;
import org.attune.content.article.Certainty;
import org.attune.content.article.Section;
import org.attune.content.citation.Citation;
import org.attune.content.citation.CitedText;
import org.attune.content.citation.TextSegment;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.RewriteStyle;
import org.attune.personalization.glossary.Glossary;
import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.grammar.PartsOfSpeech;

/**
 * The engine: rewrites an article, or any text, for an audience. Build it once from glossary data and share it; it
 * is immutable and thread-safe (each call keeps its own first-mention state).
 *
 * How an audience's text is rewritten is the strategy of its profile's {@link RewriteStyle} ({@link StyleRewrite}):
 * <ul>
 * <li>{@code plain} (patients, {@link PlainStyle}): the plain wording replaces the term; at the first mention in the
 * body the term follows in parentheses ("loss of fitness (deconditioning)") when the entry has a definition (a
 * term worth learning, not a mere synonym such as "medication") and the article (or the text) mentions the term
 * more than once (a term it keeps using, not one met in passing), unless a parenthesis follows already.
 * Abbreviations are spelled out in plain words. Titles and headings get the plain wording without the aside.
 * Before its terms are replaced, each lead-in and block text goes through the {@link PlainRules} the engine was
 * built with (the built-in set, {@code plain.PlainLanguage}, is put together with the engine in {@code BuiltInEngine}): statistics out into {@link RewrittenText#numbers()},
 * plain words for academic ones, long sentences split.</li>
 * <li>{@code define} (students, {@link DefineStyle}): terms stay; every term carries its definition, marked at the
 * first mention; an abbreviation is spelled out at its first use in the body ("transcutaneous electrical nerve
 * stimulation (TENS)") unless the author already wrote "term (ABBR)".</li>
 * <li>{@code as-authored} (clinicians, {@link AsAuthoredStyle}): the text as authored.</li>
 * </ul>
 * An author's override for the audience ({@link Block#overrideFor}) is shown as written, never rewritten.
 * A term written with a digit ("H5N1") is never replaced, only annotated, so no number can disappear.
 * Grammar: a replacement at the start of a sentence (or replacing a capitalised term) is capitalised, "a"/"an"
 * before it is corrected, and a plural term gets the plural plain wording.
 */
public final class ArticleRewriter {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");

    private final Glossary glossary;
    private final TermMatcher matcher;
    private final ProtectedSpans protectedSpans;
    private final PlainRules plainRules;
    /** Each entry's {@link GlossaryEntry#key()}, worked out once rather than at every mention. */
    private final Map<GlossaryEntry, String> keys = new IdentityHashMap<>();

    /** An engine whose patient rewrite replaces terms only (no {@link PlainRules}). */
    public ArticleRewriter(Glossary glossary, ProtectedSpans protectedSpans) {
        this(glossary, protectedSpans, PlainRules.NONE);
    }

    /**
     * An engine whose patient rewrite also applies {@code plainRules} (shorter sentences, plain words, statistics out
     * of the reading flow) to every block's lead-in and text before replacing terms.
     */
    public ArticleRewriter(Glossary glossary, ProtectedSpans protectedSpans, PlainRules plainRules) {
        this.glossary = Objects.requireNonNull(glossary, "glossary");
        this.protectedSpans = Objects.requireNonNull(protectedSpans, "protected spans");
        this.plainRules = Objects.requireNonNull(plainRules, "plain rules");
        this.matcher = TermMatcher.of(glossary);
        glossary.entries().forEach(e -> keys.put(e, e.key()));
        PartsOfSpeech.loadModel(); // the tagger's model is read here, once, not on a reader's first request
    }

    public Glossary glossary() {
        return glossary;
    }

    /** The article as this audience reads it. */
    public RewrittenArticle rewrite(Article article, AudienceProfile audience) {
        return rewrite(article, audience, true);
    }

    /**
     * The engine's own version of the article for this audience, every author override left out: what an editor's
     * preview shows beside an override (and may copy into one), and what readability targets for the engine are
     * measured on.
     */
    public RewrittenArticle rewriteIgnoringOverrides(Article article, AudienceProfile audience) {
        return rewrite(article, audience, false);
    }

    private RewrittenArticle rewrite(Article article, AudienceProfile audience, boolean overrides) {
        Mentions mentions = new Mentions();
        if (StyleRewrite.of(audience.style()).countsRepeatedTerms()) {
            mentions.repeated = repeatedTerms(authoredTexts(article));
        }
        RewrittenText title = field(article.title(), audience, mentions, true);
        RewrittenBlock bottomLine = block(article.bottomLine(), audience, mentions, overrides);
        List<RewrittenSection> sections = new ArrayList<>();
        for (Section section : article.sections()) {
            RewrittenText heading = field(section.heading(), audience, mentions, true);
            List<RewrittenBlock> blocks = new ArrayList<>();
            for (Block block : section.blocks()) {
                blocks.add(block(block, audience, mentions, overrides));
            }
            sections.add(new RewrittenSection(section.anchor(), heading, blocks));
        }
        return new RewrittenArticle(
                article.slug(), audience, title, bottomLine, sections, List.copyOf(mentions.keyTerms.values()));
    }

    /**
     * Every glossary term the article as authored mentions, in order of first mention, whatever any audience
     * reads: what the article contributes to the glossary page.
     */
    public List<KeyTerm> keyTerms(Article article) {
        Mentions mentions = new Mentions();
        for (String text : authoredTexts(article)) {
            String canonical = CitedText.parse(text).canonical();
            for (TermMatch m : matcher.find(canonical, protectedSpans.find(canonical))) {
                if (TermSenses.of(canonical, m) != TermSense.OTHER_SENSE) {
                    mentions.keyTerm(key(m.entry()), m.entry());
                }
            }
        }
        return List.copyOf(mentions.keyTerms.values());
    }

    /** The title, headings, lead-ins and texts of the article as authored (overrides left out). */
    private static List<String> authoredTexts(Article article) {
        List<String> texts = new ArrayList<>();
        texts.add(article.title());
        addAuthored(article.bottomLine(), texts);
        for (Section section : article.sections()) {
            texts.add(section.heading());
            section.blocks().forEach(block -> addAuthored(block, texts));
        }
        return texts;
    }

    /** The keys of the terms the texts mention more than once, in any form (plural, variant, abbreviation). */
    private Set<String> repeatedTerms(List<String> texts) {
        Set<String> once = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (String text : texts) {
            String canonical = CitedText.parse(text).canonical();
            for (TermMatch m : matcher.find(canonical, protectedSpans.find(canonical))) {
                String key = key(m.entry());
                if (!once.add(key)) {
                    repeated.add(key);
                }
            }
        }
        return repeated;
    }

    private static void addAuthored(Block block, List<String> texts) {
        if (block.hasLeadIn()) {
            texts.add(block.leadIn());
        }
        texts.add(block.text());
    }

    /** A block as this audience reads it (its first mentions counted on its own). */
    public RewrittenBlock rewrite(Block block, AudienceProfile audience) {
        Mentions mentions = new Mentions();
        if (StyleRewrite.of(audience.style()).countsRepeatedTerms()) {
            List<String> texts = new ArrayList<>();
            addAuthored(block, texts);
            mentions.repeated = repeatedTerms(texts);
        }
        return block(block, audience, mentions, true);
    }

    /** Any text (citation markers allowed) as this audience reads it, as if it were a whole article. */
    public RewrittenText rewrite(String text, AudienceProfile audience) {
        return field(text, audience, new Mentions(), false);
    }

    /** A title or heading as this audience reads it: terms rewritten, but no first-mention asides or definitions. */
    public RewrittenText rewriteHeading(String text, AudienceProfile audience) {
        return field(text, audience, new Mentions(), true);
    }

    /**
     * Rewrites an already rewritten text again: terms and citations are kept as they are, only the authored words
     * between them are looked at (the plain-language rules are not applied again; their own idempotence is tested on
     * its own). Since the first rewrite left no term in them, the result equals the input; this is the "never
     * rewritten twice" guarantee, and the property tests hold the engine to it.
     */
    public RewrittenText rewriteAgain(RewrittenText done, AudienceProfile audience) {
        Mentions mentions = new Mentions();
        for (Run run : done.runs()) {
            if (run.isTerm()) {
                glossary.find(run.note().term()).ifPresent(e -> {
                    mentions.mentioned.add(key(e));
                    mentions.introduced.add(key(e));
                });
            }
        }
        List<Run> runs = new ArrayList<>();
        for (Run run : done.runs()) {
            if (run.isText()) {
                runs.addAll(field(run.text(), audience, mentions, false, false).runs());
            } else {
                runs.add(run);
            }
        }
        return new RewrittenText(merge(runs), done.numbers());
    }

    private RewrittenBlock block(Block block, AudienceProfile audience, Mentions mentions, boolean overrides) {
        Optional<AudienceOverride> override = overrides ? block.overrideFor(audience.id()) : Optional.empty();
        Certainty certainty = block.certainty().orElse(null);
        String certaintySentence =
                certainty == null ? null : StyleRewrite.of(audience.style()).certaintySentence(certainty, plainRules);
        if (override.isPresent()) {
            AudienceOverride o = override.get();
            return new RewrittenBlock(
                    block.kind(),
                    o.leadIn() == null ? null : asAuthored(o.leadIn()),
                    asAuthored(o.text()),
                    true,
                    certainty,
                    certaintySentence);
        }
        RewrittenText leadIn = block.hasLeadIn() ? field(block.leadIn(), audience, mentions, false) : null;
        return new RewrittenBlock(
                block.kind(),
                leadIn,
                field(block.text(), audience, mentions, false),
                false,
                certainty,
                certaintySentence);
    }

    private static RewrittenText asAuthored(String text) {
        List<Run> runs = new ArrayList<>();
        for (TextSegment segment : CitedText.parse(text).segments()) {
            runs.add(segment instanceof Citation c ? Run.citation(c) : Run.text(segment.text()));
        }
        return new RewrittenText(runs);
    }

    private RewrittenText field(String source, AudienceProfile audience, Mentions mentions, boolean heading) {
        return field(source, audience, mentions, heading, !heading);
    }

    /** {@code body}: a lead-in or block text, which the style may change before its terms (never a title or heading). */
    private RewrittenText field(
            String source, AudienceProfile audience, Mentions mentions, boolean heading, boolean body) {
        StyleRewrite style = StyleRewrite.of(audience.style());
        if (!style.rewritesTerms()) {
            return asAuthored(source);
        }
        List<String> numbers = List.of();
        if (body) {
            PlainedText plained = style.beforeTerms(source, plainRules);
            source = plained.text();
            numbers = plained.numbers();
        }
        CitedSource cited = new CitedSource(source);
        String text = cited.text();
        List<TermMatch> matches = matcher.find(text, protectedSpans.find(text));
        if (mentions.repeated == null && style.countsRepeatedTerms()) {
            mentions.repeated = repeatedIn(matches);
        }
        List<Run> runs = new ArrayList<>(3 * matches.size() + 1);
        int pos = 0;
        int lastAside = -1;
        TermMatch previous = null;
        for (TermMatch m : matches) {
            cited.addGap(pos, m.start(), runs);
            boolean authorDefined = isAuthorDefinedAbbreviation(text, previous, m);
            if (authorDefined && style.style() == RewriteStyle.PLAIN && droppedDefiningParenthesis(runs)) {
                // "the number of people treated for each person helped (NNT)": the abbreviation no longer follows
                // the words it abbreviates, and a patient reads it spelled out wherever it comes back
                pos = m.end() + 1;
                previous = m;
                continue;
            }
            boolean asideFits = lastAside < 0 || sentenceEndsBetween(text, lastAside, m.start());
            Run run = render(text, m, style, mentions, heading, authorDefined, asideFits, textBefore(runs));
            if (!run.text().equals(m.surface())) {
                fixArticle(runs, run.text());
            }
            if (run.isTerm()
                    && run.note().replaced()
                    && run.text().equalsIgnoreCase(m.entry().plain(m.form().plural()))
                    && WordingSlots.needsThe(text, m)) {
                // "Incidence of arthralgia varied" → "The rate of arthralgia varied": the article is text of its own
                boolean capital = Character.isUpperCase(run.text().charAt(0));
                runs.add(Run.text(capital ? "The " : "the "));
                if (capital) {
                    String lower = Character.toLowerCase(run.text().charAt(0))
                            + run.text().substring(1);
                    run = Run.term(lower, run.aside(), run.note());
                }
            }
            runs.add(run);
            if (run.hasAside()) {
                lastAside = m.end();
            }
            pos = m.end();
            previous = m;
        }
        cited.addGap(pos, text.length(), runs);
        return new RewrittenText(merge(runs), numbers);
    }

    private Set<String> repeatedIn(List<TermMatch> matches) {
        Set<String> once = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (TermMatch m : matches) {
            String key = key(m.entry());
            if (!once.add(key)) {
                repeated.add(key);
            }
        }
        return repeated;
    }

    /** "physical therapy (PT)": the author defined the abbreviation right after its term. */
    private static boolean isAuthorDefinedAbbreviation(String text, TermMatch previous, TermMatch m) {
        if (previous == null || !m.form().abbreviation() || previous.entry() != m.entry()) {
            return false;
        }
        String between = text.substring(previous.end(), m.start());
        return between.strip().equals("(") && m.end() < text.length() && text.charAt(m.end()) == ')';
    }

    /** A number follows, after spaces and at most one of "=", ":", "<", ">" and a sign: "RR 0.85", "SMD = −0.31". */
    static boolean valueFollows(String text, int end) {
        int i = skipSpaces(text, end);
        if (i < text.length() && "=:<>≤≥".indexOf(text.charAt(i)) >= 0) {
            i = skipSpaces(text, i + 1);
        }
        if (i < text.length() && "-−–+".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < text.length() && Character.isDigit(text.charAt(i));
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * When the term before an author's "(ABBR)" was replaced by its plain wording: drops the " (" that opens the
     * parenthesis (the caller skips the abbreviation and its ")"). False, and nothing changed, otherwise.
     */
    private static boolean droppedDefiningParenthesis(List<Run> runs) {
        if (runs.size() < 2) {
            return false;
        }
        Run gap = runs.get(runs.size() - 1);
        Run term = runs.get(runs.size() - 2);
        if (!gap.isText() || !term.isTerm() || !term.note().replaced() || term.hasAside()) {
            return false;
        }
        String opening = gap.text().stripTrailing();
        if (!opening.endsWith("(")
                || !opening.substring(0, opening.length() - 1).isBlank()) {
            return false;
        }
        runs.remove(runs.size() - 1);
        return true;
    }

    private static boolean sentenceEndsBetween(String text, int from, int to) {
        return SENTENCE_END.matcher(text).region(from, to).find();
    }

    /**
     * {@code asideFits}: no first-mention aside yet in this sentence. Patients are taught one term per sentence; a
     * term whose aside would crowd a sentence that already has one is taught at its next mention instead.
     */
    private Run render(
            String text,
            TermMatch m,
            StyleRewrite style,
            Mentions mentions,
            boolean heading,
            boolean authorDefined,
            boolean asideFits,
            String textBefore) {
        GlossaryEntry entry = m.entry();
        String key = key(entry);
        TermSense sense = TermSenses.of(text, m);
        if (sense == TermSense.FITS
                && style.rewritesTerms()
                && entry.hasPlain()
                && (!WordingSlots.fits(text, m, entry.plain(m.form().plural()))
                        || WordingSlots.describedWithoutArticle(text, m))) {
            sense = TermSense.NO_SLOT;
        }
        boolean otherSense = sense == TermSense.OTHER_SENSE;
        boolean first = !heading && !otherSense && mentions.mentioned.add(key);
        if (!otherSense) {
            // in another sense the entry's wording and definition would mislead, in the key terms too
            mentions.keyTerm(key, entry);
        }
        String expansion = m.form().abbreviation() ? entry.expansionOfAbbreviation() : entry.expansion();
        Mention mention = new Mention(text, m, key, first, heading, asideFits, expansion, mentions, sense);
        Shown shown;
        if (authorDefined) {
            mentions.introduced.add(key);
            shown = mention.asWritten();
        } else if (m.form().abbreviation() && valueFollows(text, m.end())) {
            // "SMD −0.31", "RR = 0.85": the name of a statistic beside its value is part of the statistic
            shown = mention.asWritten();
        } else if (DefinitionSites.at(text, m)) {
            // "hazard ratio [HR]": the text defines the abbreviation; both stay as written
            shown = mention.asWritten();
        } else if (containsDigit(m.surface())) {
            // "H5N1", "hepatitis B12": a number inside a name is never rewritten away; the note explains it
            shown = mention.asWritten();
        } else {
            shown = style.show(mention);
        }
        String plain = entry.plain(m.form().plural());
        if (shown.replaced()) {
            String fitted = DoubledWords.withoutDoubledHead(
                    DoubledWords.withoutDoubledArticle(textBefore, shown.text()), text, m.end());
            if (fitted == null) {
                shown = mention.asWritten();
            } else {
                if (sense == TermSense.BEFORE_NOUN || !fitted.equals(shown.text())) {
                    plain = fitted; // a modifier wording, or the plain wording fitted to its neighbours
                }
                shown = shown.withText(fitted);
            }
        }
        String words = shown.text();
        if (!words.equals(m.surface())) {
            words = capitalised(words, text, m);
        }
        // a student reads no definition for an everyday word ("symptom", "kidney")
        boolean everyday = style.style() == RewriteStyle.DEFINE && EverydayWords.contains(entry.term());
        TermNote note = new TermNote(
                entry.term(),
                m.surface(),
                otherSense ? null : plain,
                otherSense || everyday ? null : entry.definition(),
                expansion,
                entry.source(),
                shown.first(),
                shown.replaced());
        return Run.term(words, shown.aside(), note);
    }

    /** The text of the last run when it is text (what a term's wording follows), else "". */
    private static String textBefore(List<Run> runs) {
        return runs.isEmpty() || !runs.get(runs.size() - 1).isText()
                ? ""
                : runs.get(runs.size() - 1).text();
    }

    /** The entry's key: from the table for this glossary's entries, worked out for any other. */
    private String key(GlossaryEntry entry) {
        String key = keys.get(entry);
        return key != null ? key : entry.key();
    }

    private static boolean containsDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String capitalised(String shown, String text, TermMatch m) {
        char first = m.surface().charAt(0);
        boolean capital = Character.isUpperCase(first)
                && (isSentenceStart(text, m.start())
                        || Character.isLowerCase(m.form().text().charAt(0)));
        if (capital && !shown.isEmpty() && Character.isLowerCase(shown.charAt(0))) {
            return Character.toUpperCase(shown.charAt(0)) + shown.substring(1);
        }
        return shown;
    }

    static boolean isSentenceStart(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"\u201c\u2018'(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0;
    }

    /** Corrects "a"/"an" at the end of the previous text run for the words that now follow it. */
    private static void fixArticle(List<Run> runs, String next) {
        if (runs.isEmpty() || !runs.get(runs.size() - 1).isText()) {
            return;
        }
        String last = runs.get(runs.size() - 1).text();
        String corrected = IndefiniteArticle.correctedBefore(last, next);
        if (!corrected.equals(last)) {
            runs.set(runs.size() - 1, Run.text(corrected));
        }
    }

    /** Joins neighbouring TEXT runs. */
    private static List<Run> merge(List<Run> runs) {
        List<Run> merged = new ArrayList<>(runs.size());
        for (Run run : runs) {
            if (run.isText() && run.text().isEmpty()) {
                continue;
            }
            if (run.isText()
                    && !merged.isEmpty()
                    && merged.get(merged.size() - 1).isText()) {
                Run last = merged.remove(merged.size() - 1);
                merged.add(Run.text(last.text() + run.text()));
            } else {
                merged.add(run);
            }
        }
        return merged;
    }
}
