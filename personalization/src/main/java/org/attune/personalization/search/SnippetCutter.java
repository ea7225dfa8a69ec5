package org.attune.personalization.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a section's snippet from its highlighted blocks: the block covering most sought words (and, if words are left
 * uncovered, the block covering most of the rest), each trimmed at word boundaries around its first mark to share
 * about {@code budget} characters, with "…" where text is left out; a short block is shown whole. A sought word is
 * marked where it stands in the text; where it does not, the synonyms it stands for are marked instead (a clinician
 * searching "electrical nerve stimulation" sees "TENS" marked). Overlapping marks are joined.
 */
final class SnippetCutter {

    static final String ELLIPSIS = "\u2026";
    private static final Snippet LEFT_OUT = new Snippet(ELLIPSIS, false);

    private SnippetCutter() {}

    private record Span(int start, int end) {}

    static List<Snippet> cut(List<HighlightedBlock> blocks, List<SoughtWord> words, int budget) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        int best = bestBlock(blocks, words);
        List<SoughtWord> left =
                words.stream().filter(w -> !w.isIn(blocks.get(best))).toList();
        int next = left.isEmpty() ? best : bestBlock(blocks, left);
        boolean addsWords = next != best && left.stream().anyMatch(w -> w.isIn(blocks.get(next)));
        List<Integer> chosen = addsWords ? List.of(Math.min(best, next), Math.max(best, next)) : List.of(best);
        int each = budget / chosen.size();
        List<Snippet> pieces = new ArrayList<>();
        for (int index : chosen) {
            HighlightedBlock block = blocks.get(index);
            List<Snippet> trimmed = trim(block.text(), marks(block, words), each);
            if (!pieces.isEmpty()) {
                // one " … " between the blocks, whether or not either was trimmed at that side
                if (pieces.get(pieces.size() - 1).equals(LEFT_OUT)) {
                    pieces.remove(pieces.size() - 1);
                }
                if (trimmed.get(0).equals(LEFT_OUT)) {
                    trimmed = trimmed.subList(1, trimmed.size());
                }
                pieces.add(new Snippet(" " + ELLIPSIS + " ", false));
            }
            pieces.addAll(trimmed);
        }
        return merged(pieces);
    }

    /** The first block covering the most words. */
    private static int bestBlock(List<HighlightedBlock> blocks, List<SoughtWord> words) {
        int best = 0;
        int bestCount = -1;
        for (int i = 0; i < blocks.size(); i++) {
            HighlightedBlock block = blocks.get(i);
            int count = (int) words.stream().filter(w -> w.isIn(block)).count();
            if (count > bestCount) {
                best = i;
                bestCount = count;
            }
        }
        return best;
    }

    /** Where the words stand in the block, overlapping marks joined. */
    private static List<Span> marks(HighlightedBlock block, List<SoughtWord> words) {
        List<Span> spans = new ArrayList<>();
        words.forEach(w -> w.marksIn(block).forEach(m -> spans.add(new Span(m.start(), m.end()))));
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> joined = new ArrayList<>();
        for (Span span : spans) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && span.start() < last.end()) {
                joined.set(joined.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    /** The text cut to about {@code budget} characters around its first mark, as pieces. */
    private static List<Snippet> trim(String text, List<Span> marks, int budget) {
        int from = 0;
        int to = text.length();
        if (text.length() > budget) {
            int first = marks.isEmpty() ? 0 : marks.get(0).start();
            int firstEnd = marks.isEmpty() ? 0 : marks.get(0).end();
            from = Math.max(0, Math.min(first - budget / 4, text.length() - budget));
            while (from > 0 && from < first && !Character.isWhitespace(text.charAt(from - 1))) {
                from++;
            }
            to = Math.min(text.length(), Math.max(from + budget, firstEnd));
            for (Span mark : marks) {
                if (mark.start() < to && mark.end() > to) {
                    to = mark.start() > firstEnd ? mark.start() : mark.end();
                }
            }
            while (to < text.length() && to > firstEnd && !Character.isWhitespace(text.charAt(to))) {
                to--;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
        }
        return pieces(text, marks, from, to);
    }

    /** {@code text[from, to)} as pieces, marks flagged, "…" where text was left out on either side. */
    private static List<Snippet> pieces(String text, List<Span> marks, int from, int to) {
        List<Snippet> pieces = new ArrayList<>();
        if (from > 0) {
            pieces.add(LEFT_OUT);
        }
        int pos = from;
        for (Span mark : marks) {
            if (mark.end() <= from || mark.start() >= to) {
                continue;
            }
            int start = Math.max(mark.start(), from);
            int end = Math.min(mark.end(), to);
            if (start > pos) {
                pieces.add(new Snippet(text.substring(pos, start), false));
            }
            pieces.add(new Snippet(text.substring(start, end), true));
            pos = end;
        }
        if (to > pos) {
            pieces.add(new Snippet(text.substring(pos, to), false));
        }
        if (to < text.length()) {
            pieces.add(LEFT_OUT);
        }
        return pieces;
    }

    /** Neighbouring unmarked pieces joined. */
    private static List<Snippet> merged(List<Snippet> pieces) {
        List<Snippet> out = new ArrayList<>();
        for (Snippet piece : pieces) {
            if (piece.text().isEmpty()) {
                continue;
            }
            Snippet last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && !last.match() && !piece.match()) {
                out.set(out.size() - 1, new Snippet(last.text() + piece.text(), false));
            } else {
                out.add(piece);
            }
        }
        return List.copyOf(out);
    }
}
