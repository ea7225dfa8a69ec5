package org.attune.web.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.attune.content.article.Article;
import org.attune.content.article.ArticleRepository;
import org.attune.content.authoring.ArticleFormatException;
import org.attune.content.authoring.ArticleParser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo articles shipped in the content model ({@code articles/*.md}, listed in {@code articles/index.txt}).
 * Each is imported once (a restart finds it by its slug and leaves it alone); all are parsed before any is stored,
 * so a broken file imports nothing.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final String INDEX = "articles/index.txt";

    @Inject
    ArticleRepository articles;

    @Inject
    @ConfigProperty(name = "attune.demo-content.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    Event<ArticlesChanged> changed;

    @Transactional
    public void importMissing() {
        if (!enabled) {
            LOG.info("Demo content disabled (attune.demo-content.enabled=false)");
            return;
        }
        List<Article> parsed;
        try {
            parsed = parseAll();
        } catch (ArticleFormatException e) {
            LOG.log(Level.SEVERE, "Demo content not imported, a file has errors:\n{0}", e.getMessage());
            return;
        }
        List<Article> missing = parsed.stream().filter(a -> !articles.existsBySlug(a.slug())).toList();
        missing.forEach(articles::add);
        if (!missing.isEmpty()) {
            changed.fire(new ArticlesChanged(missing.stream().map(Article::slug).toList()));
        }
        LOG.info(() -> "Imported " + missing.size() + " demo article(s); " + (parsed.size() - missing.size())
                + " already present");
    }

    private static List<Article> parseAll() throws ArticleFormatException {
        ArticleParser parser = new ArticleParser();
        List<Article> parsed = new ArrayList<>();
        for (String file : read(INDEX).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList()) {
            parsed.add(parser.parse(file, read("articles/" + file)));
        }
        return parsed;
    }

    private static String read(String resource) {
        try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing demo content resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
