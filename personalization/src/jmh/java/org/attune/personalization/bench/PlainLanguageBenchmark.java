package org.attune.personalization.bench;

import java.util.concurrent.TimeUnit;

import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.glossary.Glossaries;
import org.attune.personalization.plain.PlainLanguage;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.PlainedText;
import org.attune.personalization.rewrite.ProtectedSpans;
import org.attune.personalization.rewrite.RewrittenText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One 1,000-character paragraph of review results prose (statistics in parentheses, joined clauses, academic words,
 * citation markers) rewritten for the patient: the whole patient rewrite with the plain-language rules, the same
 * rewrite with terms only, and the plain-language rules alone. The budget is 2 ms per 1,000-character
 * paragraph.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlainLanguageBenchmark {

    /** 1,000 characters (checked in {@link #setUp}), written for this benchmark like the development set. */
    static final String PARAGRAPH = "Compared with usual care, exercise therapy utilized in order to reduce pain"
            + " probably reduced pain intensity at the end of treatment (SMD −0.31, 95% CI −0.45 to −0.17; 3008"
            + " participants; 12 studies), and the effect on back-specific function was smaller but still"
            + " statistically significant (SMD −0.19, 95% CI −0.30 to −0.08; 2742 participants; 11 studies) [1]."
            + " Heat wrap therapy moderately reduced pain at 5 days in acute low back pain"
            + " (MD 1.06 points on a 0 to 5 scale, 95% CI 0.68 to 1.45; 258 participants), while"
            + " evidence on function was limited to a single trial with a high risk of bias; however, no trial"
            + " reported serious adverse events, which suggests that short courses are safe [2, 3]. Interventions"
            + " probably reduce the rate of falls (rate ratio 0.77, 95% CI 0.67 to 0.87; I² = 45%), but"
            + " they may make little or no difference to the number of fractures, and"
            + " approximately one-third of participants subsequently withdrew (p < 0.001) [4]. Trials demonstrate"
            + " that additional support helps.";

    private ArticleRewriter withRules;
    private ArticleRewriter termsOnly;
    private PlainLanguage rules;
    private AudienceProfile patient;

    @Setup
    public void setUp() {
        if (PARAGRAPH.length() < 990 || PARAGRAPH.length() > 1010) {
            throw new IllegalStateException("the paragraph has " + PARAGRAPH.length() + " characters, not 1,000");
        }
        withRules = BuiltInEngine.rewriter();
        termsOnly = new ArticleRewriter(Glossaries.builtIn(), ProtectedSpans.builtIn());
        rules = PlainLanguage.builtIn();
        patient = AudienceProfiles.builtIn().get("patient");
    }

    @Benchmark
    public RewrittenText patientWithPlainLanguageRules() {
        return withRules.rewrite(PARAGRAPH, patient);
    }

    @Benchmark
    public RewrittenText patientTermsOnly() {
        return termsOnly.rewrite(PARAGRAPH, patient);
    }

    /**
     * The same paragraph with new opening words in each sentence each time ("Round 41: Compared with usual care,
     * …"), so that the part-of-speech tagger's memory of recent sentences never answers: what tagging costs when the
     * text is new, as it is for a reader's first request of a page.
     */
    @Benchmark
    public RewrittenText patientWithPlainLanguageRulesNewText() {
        String round = "Round " + (++rounds) + ": ";
        return withRules.rewrite(round + PARAGRAPH.replace(". ", ". " + round), patient);
    }

    private long rounds;

    @Benchmark
    public PlainedText plainLanguageRulesAlone() {
        return rules.apply(PARAGRAPH);
    }
}
