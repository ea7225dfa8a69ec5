package org.attune.personalization.rewrite;

import java.util.ArrayList;
import java.util.List;

import org.attune.content.citation.Citation;
import org.attune.content.citation.CitedText;
import org.attune.content.citation.TextSegment;

/**
 * An authored text with its citation markers in canonical form ({@link CitedText#canonical()}), and those markers
 * as runs at their offsets, handed out gap by gap as the rewrite walks the text from left to right. Each marker is
 * written once. Not thread-safe: one per field rewritten.
 */
final class CitedSource {

    /** A citation marker at {@code [start, end)} of the text, as the run that shows it. */
    private record Cite(int start, int end, Run run) {}

    private final String text;
    private final List<Cite> cites = new ArrayList<>();
    private int next;

    CitedSource(String source) {
        StringBuilder canonical = new StringBuilder(source.length());
        for (TextSegment segment : CitedText.parse(source).segments()) {
            if (segment instanceof Citation c) {
                Run run = Run.citation(c);
                cites.add(new Cite(
                        canonical.length(), canonical.length() + run.text().length(), run));
                canonical.append(run.text());
            } else {
                canonical.append(segment.text());
            }
        }
        this.text = canonical.toString();
    }

    /** The text, citation markers in canonical form. */
    String text() {
        return text;
    }

    /**
     * Adds {@code text[from, to)} to the runs, its citation markers as runs of their own. Each gap must start at or
     * after the previous one.
     */
    void addGap(int from, int to, List<Run> runs) {
        while (next < cites.size() && cites.get(next).end <= from) {
            next++;
        }
        int pos = from;
        for (int k = next; k < cites.size() && cites.get(k).start < to; k++) {
            Cite cite = cites.get(k);
            if (cite.start > pos) {
                runs.add(Run.text(text.substring(pos, cite.start)));
            }
            runs.add(cite.run);
            pos = cite.end;
        }
        if (to > pos) {
            runs.add(Run.text(text.substring(pos, to)));
        }
    }
}
