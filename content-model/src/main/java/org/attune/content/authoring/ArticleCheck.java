package org.attune.content.authoring;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks article files from the command line, as an author or a reviewer would before submitting them:
 * {@code java -cp content-model/target/classes:... org.attune.content.authoring.ArticleCheck file.md...}.
 * Prints every problem as {@code file:line: message} and exits with 1 if any file has one.
 */
public final class ArticleCheck {

    private ArticleCheck() {}

    public static void main(String[] args) {
        System.exit(check(List.of(args), System.out));
    }

    /** Checks each file; returns the exit status: 0 when all are valid, 1 when any has a problem, 2 on no input. */
    static int check(List<String> files, PrintStream out) {
        if (files.isEmpty()) {
            out.println("usage: ArticleCheck <article.md>...");
            return 2;
        }
        ArticleParser parser = new ArticleParser();
        int status = 0;
        for (String name : files) {
            Path file = Path.of(name);
            try {
                var article =
                        parser.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                out.println(name + ": ok (" + article.slug() + ", "
                        + article.sections().size() + " sections, "
                        + article.references().size() + " references, "
                        + article.status().code() + ")");
            } catch (ArticleFormatException e) {
                e.problems().forEach(out::println);
                status = 1;
            } catch (IOException e) {
                out.println(name + ": cannot be read (" + e.getMessage() + ")");
                status = 1;
            }
        }
        return status;
    }
}
