package org.attune.web.editor;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/**
 * A readable diff between two article texts: java-diff-utils' unified diff (three lines of context around each
 * change), each line marked as added, removed, unchanged or a hunk header for the page to style. What the two texts
 * are (revision 1, your text) is for the page to say, in its language: the diff holds no names.
 */
record RevisionDiff(List<Line> lines) {

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

    static RevisionDiff between(String fromText, String toText) {
        List<String> original = fromText.lines().toList();
        List<String> revised = toText.lines().toList();
        Patch<String> patch = DiffUtils.diff(original, revised);
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("a", "b", original, patch, 3);
        List<Line> lines = new ArrayList<>();
        // the first two lines name the texts (--- a, +++ b): not shown
        for (String line : unified.subList(Math.min(2, unified.size()), unified.size())) {
            Kind kind = line.startsWith("@@")
                    ? Kind.HUNK
                    : line.startsWith("+") ? Kind.ADDED : line.startsWith("-") ? Kind.REMOVED : Kind.SAME;
            lines.add(new Line(kind, line));
        }
        return new RevisionDiff(lines);
    }

    public boolean identical() {
        return lines.isEmpty();
    }
}
