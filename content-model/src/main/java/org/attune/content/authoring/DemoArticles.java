package org.attune.content.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.attune.content.article.Article;

/**
 * The demo articles shipped with the content model: the files {@code articles/*.md} on the class path, in the
 * order {@code articles/index.txt} lists them.
 */
public final class DemoArticles {

    private static final String FOLDER = "articles/";

    private DemoArticles() {}

    /** The file names, in the index's order. */
    public static List<String> files() {
        return read(FOLDER + "index.txt")
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    /** One demo article's file, as authored. */
    public static String source(String fileName) {
        return read(FOLDER + fileName);
    }

    /** Every demo article, parsed; a broken file fails them all, with its file name and line. */
    public static List<Article> parseAll() throws ArticleFormatException {
        ArticleParser parser = new ArticleParser();
        List<Article> parsed = new ArrayList<>();
        for (String file : files()) {
            parsed.add(parser.parse(file, source(file)));
        }
        return parsed;
    }

    static String read(String resource) {
        try (InputStream in = DemoArticles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
