package org.attune.personalization.rewrite;

import java.util.List;

/**
 * Writes rewrite results as text, one run per line with every field (kind, text, aside, note, citation), so two
 * dumps are equal exactly when the results are. Texts are quoted and control characters (line breaks, tabs) written
 * as {@code \\uXXXX}, so no line ends in white space. A brief dump leaves out a term note's definition and source,
 * which follow from its term.
 */
final class RewriteDump {

    private final StringBuilder out = new StringBuilder();
    private final boolean brief;

    RewriteDump(boolean brief) {
        this.brief = brief;
    }

    /** A heading line that names what follows. */
    RewriteDump title(String title) {
        out.append("## \"").append(escaped(title)).append("\"\n");
        return this;
    }

    RewriteDump article(RewrittenArticle article) {
        out.append("slug ")
                .append(article.slug())
                .append(" audience ")
                .append(article.audience().id())
                .append('\n');
        text("title", article.title());
        block("bottom line", article.bottomLine());
        for (RewrittenSection section : article.sections()) {
            out.append("section #").append(section.anchor()).append('\n');
            text("heading", section.heading());
            section.blocks().forEach(b -> block("block", b));
        }
        keyTerms(article.keyTerms());
        return this;
    }

    RewriteDump keyTerms(List<KeyTerm> keyTerms) {
        keyTerms.forEach(k -> out.append("  ").append(escaped(k.toString())).append('\n'));
        return this;
    }

    RewriteDump text(String label, RewrittenText text) {
        out.append(label).append('\n');
        text.runs()
                .forEach(r -> out.append("  ")
                        .append(escaped(brief ? brief(r) : r.toString()))
                        .append('\n'));
        text.numbers()
                .forEach(n -> out.append("  NUMBERS \"").append(escaped(n)).append("\"\n"));
        return this;
    }

    private static String brief(Run run) {
        if (!run.isTerm()) {
            return run.kind() + " \"" + run.text() + "\"" + (run.isCitation() ? " " + run.citation() : "");
        }
        TermNote n = run.note();
        return "TERM " + run.text() + " (" + run.aside() + ") term=" + n.term() + ", written=" + n.written()
                + ", plain=" + n.plain() + ", expansion=" + n.expansion() + ", first=" + n.firstMention()
                + ", replaced=" + n.replaced();
    }

    private void block(String label, RewrittenBlock block) {
        out.append(label)
                .append(' ')
                .append(block.kind())
                .append(block.authorOverride() ? " override" : "")
                .append(block.hasCertainty() ? " certainty " + block.certainty() : "")
                .append('\n');
        if (block.hasLeadIn()) {
            text("lead-in", block.leadIn());
        }
        text("text", block.text());
    }

    /** Control characters (line breaks, tabs) as escapes, so each line ends where it seems to. */
    private static String escaped(String s) {
        StringBuilder e = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '\\') {
                e.append("\\\\");
            } else if (Character.isISOControl(c)) {
                e.append(String.format("\\u%04x", (int) c));
            } else {
                e.append(c);
            }
        }
        return e.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
