package org.attune.content.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.attune.content.article.Article;

/**
 * What a file saved as a revision of an article on a site must meet beyond the format: it keeps the article's
 * address, and carries wording only for audiences the site offers. Each is a problem at its line.
 */
public final class RevisionRules {

    private RevisionRules() {}

    /** The file keeps {@code slug}: an article's address never changes (a new address is a new article). */
    public static void requireSlug(String file, String source, Article parsed, String slug)
            throws ArticleFormatException {
        if (!parsed.slug().equals(slug)) {
            throw new ArticleFormatException(List.of(
                    Problem.of(file, lineOf(source, Pattern.compile("^\\s*slug:")), ProblemCode.SLUG_CHANGED, slug)));
        }
    }

    /**
     * Wording for an audience the site does not offer would be shown to nobody, so the file may not carry any: a
     * block quote meant as text ({@code > Note: ...}) or a misspelt {@code > patinet:} is a problem at its line, not
     * wording that silently disappears.
     *
     * @param offered the ids of the audiences the site offers, in the order it offers them
     */
    public static void requireOfferedAudiences(String file, String source, Article parsed, Collection<String> offered)
            throws ArticleFormatException {
        List<Problem> problems = new ArrayList<>();
        for (String id : parsed.audiencesWithWording()) {
            if (!offered.contains(id)) {
                Pattern override =
                        Pattern.compile("^\\s*>\\s*" + Pattern.quote(id) + "\\s*:", Pattern.CASE_INSENSITIVE);
                problems.add(Problem.of(
                        file,
                        lineOf(source, override),
                        ProblemCode.AUDIENCE_NOT_OFFERED,
                        id,
                        String.join(", ", offered)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ArticleFormatException(problems);
        }
    }

    /** The first line (from 1) that {@code line} finds something in, or 1. */
    private static int lineOf(String source, Pattern line) {
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (line.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 1;
    }
}
