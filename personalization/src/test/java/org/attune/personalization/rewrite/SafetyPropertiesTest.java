package org.attune.personalization.rewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attune.personalization.NumbersInText.numbers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.attune.content.article.Article;
import org.attune.content.article.Block;
import org.attune.content.authoring.ArticleParser;
import org.attune.content.citation.CitedText;
import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.glossary.Glossaries;
import org.attune.personalization.glossary.Glossary;
import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.glossary.Inflection;
import org.attune.personalization.glossary.TermContext;
import org.attune.personalization.plain.Hedges;
import org.attune.personalization.plain.PlainLanguage;

/**
 * The clinical-safety invariants, checked on every audience that rewrites (patient, student) over generated
 * sentences and over every sentence of the demo article and the page it is modelled on:
 * <ol>
 * <li>every number (with its unit or range), negation and citation marker of the source is in the output, in the
 * same order, and none is added between the authored words;</li>
 * <li>rewriting is deterministic;</li>
 * <li>no double replacement: each replaced run shows exactly its entry's plain wording (never a rewrite of it,
 * even when the plain wording contains other glossary terms), and rewriting the rewritten text changes nothing.</li>
 * </ol>
 */
class SafetyPropertiesTest {

    private static final AudienceProfiles AUDIENCES = AudienceProfiles.builtIn();
    private static final Glossary BUILT_IN = Glossaries.builtIn();
    private static final ArticleRewriter ENGINE = BuiltInEngine.rewriter();

    /** Plain wordings that are themselves glossary terms: a naive rewrite would replace them again. */
    private static final Glossary CYCLIC = Glossary.of(
            "cyclic",
            List.of(
                    entry("alpha", null, "beta wave", "first"),
                    entry("beta", null, "alpha", "second"),
                    entry("gamma ray", "GR", "beta and alpha", "third"),
                    entry("wave", null, "gamma ray", null)));

    /** An entry of {@link #CYCLIC}: the term, its abbreviation (or null), its plain wording, its definition. */
    private static GlossaryEntry entry(String term, String abbreviation, String plain, String definition) {
        return new GlossaryEntry(
                term, null, List.of(), abbreviation, plain, null, definition, null, "t", TermContext.NONE);
    }

    /** The engines each safety property is checked with: the built-in one, and one on {@link #CYCLIC}. */
    private static final List<ArticleRewriter> ENGINES =
            List.of(ENGINE, new ArticleRewriter(CYCLIC, ProtectedSpans.builtIn(), PlainLanguage.builtIn()));

    @Provide
    Arbitrary<AudienceProfile> rewritingAudiences() {
        return Arbitraries.of(AUDIENCES.get("patient"), AUDIENCES.get("student"));
    }

    @Provide
    Arbitrary<String> generatedSentences() {
        List<String> terms = BUILT_IN.entries().stream()
                .flatMap(e -> e.forms().stream().map(GlossaryEntry.Form::text))
                .distinct()
                .toList();
        Arbitrary<String> word = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(terms)),
                net.jqwik.api.Tuple.of(
                        2,
                        Arbitraries.of(CYCLIC.entries().stream()
                                .flatMap(e -> e.forms().stream().map(GlossaryEntry.Form::text))
                                .toList())),
                net.jqwik.api.Tuple.of(
                        5,
                        Arbitraries.of(List.of(
                                "the a an patients with and pain back may help therapy exercise of care TENS tens PT ( ) , ; . : -"
                                        .split(" ")))),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(new ArrayList<>(Negations.WORDS))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("do not", "cannot", "no", "never")),
                net.jqwik.api.Tuple.of(
                        2,
                        Arbitraries.of(
                                "10 points",
                                "100-point",
                                "2 to 18 months",
                                "5 days",
                                "400 mg/day",
                                "30%",
                                "1.5 kg",
                                "3-4 weeks",
                                "12")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("[1]", "[1, 3]", "[2-4]")),
                // what the plain-language rules act on: statistics, clause joints, hedges, verbs, academic words
                net.jqwik.api.Tuple.of(
                        3,
                        Arbitraries.of(
                                "(RR 0.73, 95% CI 0.65 to 0.81; 3008 participants; 12 studies)",
                                "(SMD -0.31, 95% CI -0.45 to -0.17)",
                                "(p < 0.001)",
                                "(12 trials; low-certainty evidence)",
                                "(MD 5 points; may be uncertain)",
                                ", I² = 45%",
                                ", and",
                                ", but",
                                ", while",
                                ", which",
                                "; the",
                                ": it",
                                "may",
                                "might",
                                "probably",
                                "uncertain",
                                "reduced",
                                "was",
                                "improves",
                                "utilize",
                                "approximately",
                                "in order to",
                                "an additional",
                                "trials",
                                "neither")),
                net.jqwik.api.Tuple.of(
                        1, Arbitraries.of("American College of Physicians", "https://example.org/chronic-pain")),
                // acronyms the text defines, and their later mentions (spelled out for patients and students)
                net.jqwik.api.Tuple.of(
                        2,
                        Arbitraries.of(
                                "low back pain (LBP)",
                                "Quality of life (QoL)",
                                "number needed to treat (NNT)",
                                "American College of Physicians (ACP)",
                                "LBP",
                                "QoL",
                                "ACP",
                                "NNT",
                                "LBP-related",
                                "QoL 3",
                                ". LBP")));
        // canonical markers, as a Block stores them ("[2-4]" becomes "[2, 3, 4]")
        return word.list()
                .ofMinSize(1)
                .ofMaxSize(30)
                .map(ws -> CitedText.parse(String.join(" ", ws)).canonical());
    }

    @Provide
    Arbitrary<String> realSentences() {
        return Arbitraries.of(realTexts());
    }

    @Provide
    Arbitrary<String> anySentence() {
        return Arbitraries.oneOf(generatedSentences(), realSentences());
    }

    static List<String> realTexts() {
        List<String> texts = new ArrayList<>();
        demoArticle().blocks().forEach(b -> {
            texts.add(b.text());
            if (b.hasLeadIn()) {
                texts.add(b.leadIn());
            }
        });
        try (InputStream in = SafetyPropertiesTest.class.getResourceAsStream("/reference-article-sentences.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .forEach(texts::add);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return texts;
    }

    static Article demoArticle() {
        return demoArticle("physical-therapy-for-chronic-back-pain.md");
    }

    static Article demoArticle(String name) {
        try (InputStream in = Block.class.getResourceAsStream("/articles/" + name)) {
            return new ArticleParser().parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkSafety(ArticleRewriter engine, String source, AudienceProfile audience) {
        RewrittenText out = engine.rewrite(source, audience);
        String display = out.display();
        // authored words between terms: TEXT and CITATION runs only
        StringBuilder authored = new StringBuilder();
        out.runs().stream()
                .filter(r -> !r.isTerm())
                .forEach(r -> authored.append(r.display()).append(' '));

        // no plain wording or expansion has a digit (BuiltInGlossariesTest), so the output's numbers are the source's
        // (citation markers are compared as reference numbers below: "[2-4]" is shown canonically as "[2, 3, 4]")
        String moved = String.join(" ", out.numbers());
        assertThat(Interleaving.of(
                        numbers(out.withoutCitations()),
                        numbers(moved),
                        numbers(CitedText.parse(source).withoutCitations())))
                .as(
                        "numbers kept in order in the text and in the numbers moved out of it, none added: %s %s",
                        out, out.numbers())
                .isTrue();
        assertThat(Negations.in(authored.toString()))
                .as("negations kept in order")
                .isEqualTo(Negations.in(source));
        assertThat(Hedges.in(authored.toString())).as("hedges kept in order").isEqualTo(Hedges.in(source));
        assertThat(isSubsequence(Negations.in(source), Negations.in(display))).isTrue();
        assertThat(out.runs().stream()
                        .filter(Run::isCitation)
                        .flatMap(r -> r.citation().stream())
                        .toList())
                .as("citations kept in order")
                .isEqualTo(CitedText.parse(source).citedNumbers());
        assertThat(CitedText.parse(display).citedNumbers())
                .isEqualTo(CitedText.parse(source).citedNumbers());
        assertThat(Interleaving.foundIn(spanTexts(source), display, moved))
                .as("protected spans kept verbatim and in order in '%s' and its numbers %s", display, out.numbers())
                .isTrue();
    }

    private static void checkNoDoubleReplacement(ArticleRewriter engine, String source, AudienceProfile audience) {
        RewrittenText out = engine.rewrite(source, audience);
        for (Run run : out.terms()) {
            TermNote note = run.note();
            assertThat(run.text())
                    .as(
                            note.replaced()
                                    ? "a replacement is its entry's plain wording, as is"
                                    : "a kept term as written")
                    .isIn(withVariants(note.replaced() ? note.plain() : note.written(), note.expansion()));
        }
        assertThat(engine.rewriteAgain(out, audience))
                .as("rewriting the output again")
                .isEqualTo(out);
    }

    @Property(tries = 300)
    void numbersNegationsCitationsAndProtectedSpansSurvive(
            @ForAll("anySentence") String source, @ForAll("rewritingAudiences") AudienceProfile audience) {
        ENGINES.forEach(engine -> checkSafety(engine, source, audience));
    }

    @Property(tries = 200)
    void rewritingIsDeterministic(
            @ForAll("anySentence") String source, @ForAll("rewritingAudiences") AudienceProfile audience) {
        assertThat(ENGINE.rewrite(source, audience)).isEqualTo(ENGINE.rewrite(source, audience));
        assertThat(new ArticleRewriter(BUILT_IN, ProtectedSpans.builtIn(), PlainLanguage.builtIn())
                        .rewrite(source, audience))
                .isEqualTo(ENGINE.rewrite(source, audience));
    }

    @Property(tries = 300)
    void noReplacementIsRewrittenAgain(
            @ForAll("anySentence") String source, @ForAll("rewritingAudiences") AudienceProfile audience) {
        ENGINES.forEach(engine -> checkNoDoubleReplacement(engine, source, audience));
    }

    @Property(tries = 10)
    void everyRealSentenceIsSafeForEveryAudience(@ForAll("rewritingAudiences") AudienceProfile audience) {
        for (String source : realTexts()) {
            checkSafety(ENGINE, source, audience);
            checkNoDoubleReplacement(ENGINE, source, audience);
        }
    }

    @Property(tries = 1)
    void wholeDemoArticleIsSafeForEveryAudience() {
        Article article = demoArticle();
        for (AudienceProfile audience : AUDIENCES.all()) {
            RewrittenArticle out = ENGINE.rewrite(article, audience);
            List<Block> blocks = article.blocks().toList();
            List<RewrittenBlock> rewritten = out.blocks().toList();
            assertThat(rewritten).hasSameSizeAs(blocks);
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                String source = b.overrideFor(audience.id()).map(o -> o.text()).orElse(b.text());
                String shown = rewritten.get(i).text().display();
                assertThat(Interleaving.of(
                                numbers(rewritten.get(i).text().withoutCitations()),
                                numbers(String.join(" ", rewritten.get(i).text().numbers())),
                                numbers(CitedText.parse(source).withoutCitations())))
                        .isTrue();
                assertThat(isSubsequence(Negations.in(source), Negations.in(shown)))
                        .isTrue();
                assertThat(CitedText.parse(shown).citedNumbers())
                        .isEqualTo(CitedText.parse(source).citedNumbers());
            }
            assertThat(ENGINE.rewrite(article, audience)).isEqualTo(out);
        }
    }

    @Property(tries = 1)
    void bothDemoArticlesWithoutOverridesLoseNothingForPatients() {
        AudienceProfile patient = AUDIENCES.get("patient");
        for (String name : List.of("physical-therapy-for-chronic-back-pain.md", "heat-therapy-for-low-back-pain.md")) {
            Article article = demoArticle(name);
            List<Block> blocks = article.blocks().toList();
            List<RewrittenBlock> rewritten =
                    ENGINE.rewriteIgnoringOverrides(article, patient).blocks().toList();
            assertThat(rewritten).hasSameSizeAs(blocks);
            for (int i = 0; i < blocks.size(); i++) {
                for (String source : blocks.get(i).hasLeadIn()
                        ? List.of(blocks.get(i).leadIn(), blocks.get(i).text())
                        : List.of(blocks.get(i).text())) {
                    boolean isLeadIn = blocks.get(i).hasLeadIn()
                            && source.equals(blocks.get(i).leadIn());
                    RewrittenText out = isLeadIn
                            ? rewritten.get(i).leadIn()
                            : rewritten.get(i).text();
                    StringBuilder authored = new StringBuilder();
                    out.runs().stream()
                            .filter(r -> !r.isTerm())
                            .forEach(r -> authored.append(r.display()).append(' '));
                    assertThat(Interleaving.of(
                                    numbers(out.withoutCitations()),
                                    numbers(String.join(" ", out.numbers())),
                                    numbers(CitedText.parse(source).withoutCitations())))
                            .as("numbers of %s", source)
                            .isTrue();
                    assertThat(Negations.in(authored.toString())).as(source).isEqualTo(Negations.in(source));
                    assertThat(Hedges.in(authored.toString())).as(source).isEqualTo(Hedges.in(source));
                    assertThat(CitedText.parse(out.display()).citedNumbers())
                            .as(source)
                            .isEqualTo(CitedText.parse(source).citedNumbers());
                }
            }
        }
    }

    /** The wordings themselves, capitalised, and an expansion's plural. */
    private static List<String> withVariants(String wording, String expansion) {
        List<String> allowed = new ArrayList<>();
        for (String w :
                new String[] {wording, expansion, expansion == null ? null : Inflection.pluralOfPhrase(expansion)}) {
            if (w != null) {
                allowed.add(w);
                allowed.add(capitalised(w));
            }
        }
        return allowed;
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<String> spanTexts(String text) {
        return ProtectedSpans.builtIn().find(text).stream()
                .map(span -> text.substring(span.start(), span.end()))
                .toList();
    }

    private static boolean isSubsequence(List<String> small, List<String> big) {
        int i = 0;
        for (String s : big) {
            if (i < small.size() && small.get(i).equals(s)) {
                i++;
            }
        }
        return i == small.size();
    }
}
