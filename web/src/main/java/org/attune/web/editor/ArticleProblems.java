package org.attune.web.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.attune.content.authoring.ArticleFormatException;

/**
 * An article file shown line by line with each problem beside the line it is on, so an author sees at once where
 * to look. Problems reported past the last line are shown on it.
 */
record ArticleProblems(int count, List<Line> lines) {

    /** One line of the file, numbered from 1, with the problems found on it. */
    record Line(int number, String text, List<String> problems) {

        public String anchor() {
            return "line-" + number;
        }
    }

    /** The file's lines, each with its problems worded in {@code language}. */
    static ArticleProblems of(String source, ArticleFormatException failure, Locale language) {
        String[] texts = source.replace("\r\n", "\n").split("\n", -1);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            int number = i + 1;
            boolean last = number == texts.length;
            List<String> here = failure.problems().stream()
                    .filter(p -> p.line() == number || (last && p.line() > number))
                    .map(problem -> problem.message(language))
                    .toList();
            lines.add(new Line(number, texts[i], here));
        }
        return new ArticleProblems(failure.problems().size(), lines);
    }

    /** The problems in line order, for the summary above the file. */
    public List<Line> withProblems() {
        return lines.stream().filter(l -> !l.problems().isEmpty()).toList();
    }
}
