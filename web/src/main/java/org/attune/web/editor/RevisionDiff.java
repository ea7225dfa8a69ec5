package org.attune.web.editor;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/**
 * A readable diff between two article texts: java-diff-utils' unified diff (three lines of context around each
 * change), each line marked as added, removed, unchanged or a hunk header for the page to style.
 */
record RevisionDiff(String from, String to, List<Line> lines) {

    enum Kind {
        HUNK,
        ADDED,
        REMOVED,
        SAME
    }

    record Line(Kind kind, String text) {

        public String css() {
            return "diff__" + kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static RevisionDiff between(String fromName, String fromText, String toName, String toText) {
        List<String> original = fromText.lines().toList();
        List<String> revised = toText.lines().toList();
        Patch<String> patch = DiffUtils.diff(original, revised);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, original, patch, 3);
        List<Line> lines = new ArrayList<>();
        for (String line : unified.subList(Math.min(2, unified.size()), unified.size())) {
            Kind kind = line.startsWith("@@")
                    ? Kind.HUNK
                    : line.startsWith("+") ? Kind.ADDED : line.startsWith("-") ? Kind.REMOVED : Kind.SAME;
            lines.add(new Line(kind, line));
        }
        return new RevisionDiff(fromName, toName, lines);
    }

    public boolean identical() {
        return lines.isEmpty();
    }
}
