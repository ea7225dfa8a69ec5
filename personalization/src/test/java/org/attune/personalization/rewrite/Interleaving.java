package org.attune.personalization.rewrite;

import java.util.List;

/**
 * Whether a sequence is an interleaving of two others: the numbers of a source, split between what the reader reads
 * and the statistics moved out of it, each kept in order.
 */
public final class Interleaving {

    private Interleaving() {}

    public static <T> boolean of(List<T> first, List<T> second, List<T> whole) {
        if (first.size() + second.size() != whole.size()) {
            return false;
        }
        // can[i][j]: whole's first i + j items interleave first's first i and second's first j
        boolean[][] can = new boolean[first.size() + 1][second.size() + 1];
        can[0][0] = true;
        for (int i = 0; i <= first.size(); i++) {
            for (int j = 0; j <= second.size(); j++) {
                if (i > 0 && can[i - 1][j] && first.get(i - 1).equals(whole.get(i + j - 1))) {
                    can[i][j] = true;
                }
                if (j > 0 && can[i][j - 1] && second.get(j - 1).equals(whole.get(i + j - 1))) {
                    can[i][j] = true;
                }
            }
        }
        return can[first.size()][second.size()];
    }
}
