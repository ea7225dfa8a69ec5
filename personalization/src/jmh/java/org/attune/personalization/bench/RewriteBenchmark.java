package org.attune.personalization.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.content.article.Article;
import org.attune.content.article.Block;
import org.attune.content.authoring.ArticleParser;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.glossary.Glossaries;
import org.attune.personalization.glossary.Glossary;
import org.attune.personalization.glossary.GlossaryEntry;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.ProtectedSpans;
import org.attune.personalization.rewrite.RewrittenText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rewrites a ~40 KB article text for the patient with a 200-term and a 20,000-term glossary: the engine (one scan
 * over a word trie) against the naive approach (one compiled case-insensitive regex per term form, applied in
 * turn). The 20,000-term glossary is the built-in one (curated + CDC) padded with generated multi-word terms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RewriteBenchmark {

    @Param({"200", "20000"})
    public int glossarySize;

    private String text;
    private ArticleRewriter engine;
    private AudienceProfile patient;
    private List<Pattern> naivePatterns;
    private List<String> naiveReplacements;

    @Setup
    public void setUp() throws Exception {
        text = articleText(40 * 1024);
        Glossary glossary = glossary(glossarySize);
        engine = new ArticleRewriter(glossary, ProtectedSpans.builtIn());
        patient = AudienceProfiles.builtIn().get("patient");
        naivePatterns = new ArrayList<>();
        naiveReplacements = new ArrayList<>();
        for (GlossaryEntry e : glossary.entries()) {
            if (!e.hasPlain()) {
                continue;
            }
            for (GlossaryEntry.Form form : e.forms()) {
                naivePatterns.add(Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(form.text()) + "(?![\\p{L}\\d])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                naiveReplacements.add(Matcher.quoteReplacement(e.plain(form.plural())));
            }
        }
    }

    /** The demo article's block texts repeated until the text is at least {@code bytes} long. */
    static String articleText(int bytes) throws Exception {
        String name = "physical-therapy-for-chronic-back-pain.md";
        Article article;
        try (InputStream in = Block.class.getResourceAsStream("/articles/" + name)) {
            article = new ArticleParser().parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<String> blocks = article.blocks()
                .map(b -> (b.hasLeadIn() ? b.leadIn() + ": " : "") + b.text()).toList();
        StringBuilder out = new StringBuilder();
        while (out.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
            for (String block : blocks) {
                out.append(block).append('\n');
            }
        }
        return out.toString();
    }

    /** The first {@code size} built-in entries (curated first), padded with generated terms up to {@code size}. */
    static Glossary glossary(int size) {
        List<GlossaryEntry> entries = new ArrayList<>(Glossaries.curated().entries());
        entries.addAll(Glossaries.cdc().entries());
        if (entries.size() > size) {
            entries = new ArrayList<>(entries.subList(0, size));
        }
        Random random = new Random(42);
        String[] syllables = {"ar", "thro", "my", "o", "neu", "ro", "pa", "thy", "gen", "ic", "lum", "bo", "cos",
                "tal", "fas", "ci", "al", "ver", "te", "bral", "sa", "cral", "pso", "as"};
        int n = 0;
        while (entries.size() < size) {
            StringBuilder term = new StringBuilder();
            int words = 1 + random.nextInt(3);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    term.append(' ');
                }
                int parts = 2 + random.nextInt(3);
                for (int p = 0; p < parts; p++) {
                    term.append(syllables[random.nextInt(syllables.length)]);
                }
            }
            entries.add(GlossaryEntry.of(term + " " + (n++), "plain wording " + n, "generated"));
        }
        return Glossary.of("benchmark " + size, entries);
    }

    @Benchmark
    public RewrittenText singlePass() {
        return engine.rewrite(text, patient);
    }

    @Benchmark
    public String naiveRegexPerTerm() {
        String out = text;
        for (int i = 0; i < naivePatterns.size(); i++) {
            out = naivePatterns.get(i).matcher(out).replaceAll(naiveReplacements.get(i));
        }
        return out;
    }
}
