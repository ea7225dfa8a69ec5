package org.attune.web.article;

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
import org.attune.content.authoring.DemoArticles;
import org.attune.web.content.ArticlesChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo articles shipped in the content model ({@code articles/*.md}, listed in {@code articles/index.txt}).
 * Each is imported once (a restart finds it by its slug and leaves it alone); all are parsed before any is stored,
 * so a broken file imports nothing.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject
    ArticleRepository articles;

    @Inject
    Event<ArticlesChanged> changed;

    @Inject
    @ConfigProperty(name = "attune.demo-content.enabled", defaultValue = "true")
    boolean enabled;

    @Transactional
    public void importMissing() {
        if (!enabled) {
            LOG.info("Demo content disabled (attune.demo-content.enabled=false)");
            return;
        }
        List<Article> parsed;
        try {
            parsed = DemoArticles.parseAll();
        } catch (ArticleFormatException e) {
            LOG.log(Level.SEVERE, "Demo content not imported, a file has errors:\n{0}", e.getMessage());
            return;
        }
        List<Article> missing =
                parsed.stream().filter(a -> !articles.existsBySlug(a.slug())).toList();
        missing.forEach(articles::add);
        if (!missing.isEmpty()) {
            changed.fire(new ArticlesChanged(missing.stream().map(Article::slug).toList()));
        }
        LOG.info(() -> "Imported " + missing.size() + " demo article(s); " + (parsed.size() - missing.size())
                + " already present");
    }
}
