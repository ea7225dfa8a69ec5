package org.attune.content.authoring;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file so that all of them are reported at once. */
final class Problems {

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(int line, String message) {
        found.add(new Problem(file, line, message));
    }

    boolean any() {
        return !found.isEmpty();
    }

    ArticleFormatException exception() {
        return new ArticleFormatException(found.stream()
                .sorted((a, b) -> Integer.compare(a.line(), b.line()))
                .toList());
    }
}
