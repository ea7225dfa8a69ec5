package org.attune.personalization.probes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.RewrittenText;
import org.attune.personalization.rewrite.Run;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's probe suite ({@code probes/probes.txt}): every probe runs through the engine as it ships. A probe not
 * marked open must pass; a probe marked open must still fail, so that a mark cannot outlive the fix that made it
 * wrong (remove the mark when the class is handled). Prints each class's tally, and every probe that fails, with
 * {@code -Dprobes.print=true}.
 */
class ProbeSuiteTest {

    private static final ArticleRewriter ENGINE = BuiltInEngine.rewriter();
    private static final AudienceProfiles AUDIENCES = AudienceProfiles.builtIn();
    private static final ProbeFile FILE = ProbeFile.read("/probes/probes.txt");

    @Test
    void theSuiteCoversEveryClassOfTheIssue() {
        assertThat(FILE.probes()).hasSizeGreaterThanOrEqualTo(200);
        Map<String, Integer> perClass = new LinkedHashMap<>();
        FILE.probes().forEach(p -> perClass.merge(p.defectClass(), 1, Integer::sum));
        assertThat(perClass.keySet()).containsExactlyElementsOf(FILE.classes().keySet());
        assertThat(perClass.keySet()).hasSize(12); // the issue's eleven, and slots found by the blind reading
        assertThat(perClass.values()).allMatch(n -> n >= 10);
    }

    @Test
    void probesNotMarkedOpenPassAndOpenOnesStillFail() {
        List<String> broken = new ArrayList<>();
        Map<String, int[]> tally = new LinkedHashMap<>();
        for (Probe probe : FILE.probes()) {
            RewrittenText out = ENGINE.rewrite(probe.source(), AUDIENCES.get(probe.audience()));
            String failure = probe.firstFailure(out.display(), rendering(out));
            int[] counts = tally.computeIfAbsent(probe.defectClass(), c -> new int[3]);
            counts[failure == null ? 0 : 1]++;
            if (probe.isOpen()) {
                counts[2]++;
            }
            if (failure != null && !probe.isOpen()) {
                broken.add(describe(probe, out, "fails: " + failure));
            } else if (failure == null && probe.isOpen()) {
                broken.add(describe(probe, out, "marked open but passes: remove the mark"));
            } else if (failure != null && Boolean.getBoolean("probes.print")) {
                System.out.println(describe(probe, out, "open: " + failure));
            }
        }
        if (Boolean.getBoolean("probes.print")) {
            System.out.println("class | probes | pass | open");
            tally.forEach((c, n) -> System.out.printf(Locale.ROOT, "%s | %d | %d | %d%n", c, n[0] + n[1], n[0], n[2]));
        }
        assertThat(broken).as("probes whose mark is wrong").isEmpty();
    }

    /** What a probe's "never" and "keeps" look at: the text, then each moved number and each definition shown. */
    static String rendering(RewrittenText out) {
        StringBuilder s = new StringBuilder(out.display());
        for (String n : out.numbers()) {
            s.append("\n[numbers] ").append(n);
        }
        for (Run run : out.terms()) {
            if (run.note().hasDefinition()) {
                s.append("\n[definition] ")
                        .append(run.note().term())
                        .append(": ")
                        .append(run.note().definition());
            }
        }
        return s.toString();
    }

    private static String describe(Probe probe, RewrittenText out, String what) {
        return String.format(
                Locale.ROOT,
                "probes.txt:%d [%s] %s%n    source: %s%n    output: %s",
                probe.line(),
                probe.defectClass(),
                what,
                probe.source(),
                rendering(out).replace("\n", " "));
    }
}
