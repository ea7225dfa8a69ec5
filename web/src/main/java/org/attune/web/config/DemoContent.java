package org.attune.web.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.attune.content.article.Article;
import org.attune.content.authoring.ArticleFormatException;
import org.attune.content.authoring.ArticleParser;
import org.attune.content.authoring.DemoArticles;
import org.attune.web.publishing.EditorialDesk;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo articles shipped in the content model ({@code articles/*.md}, listed in {@code articles/index.txt}).
 * Each is imported once, as the first revision of its article with the review history its file records (a restart
 * finds it by its slug and leaves it alone, even retired); all are parsed before any is stored, so a broken file
 * imports nothing.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @Inject
    EditorialDesk desk;

    @Inject
    @ConfigProperty(name = "attune.demo-content.enabled", defaultValue = "true")
    boolean enabled;

    @Transactional
    public void importMissing() {
        if (!enabled) {
            LOG.info("Demo content disabled (attune.demo-content.enabled=false)");
            return;
        }
        Map<String, Article> parsed = new LinkedHashMap<>();
        try {
            ArticleParser parser = new ArticleParser();
            for (String file : DemoArticles.files()) {
                parsed.put(DemoArticles.source(file), parser.parse(file, DemoArticles.source(file)));
            }
        } catch (ArticleFormatException e) {
            LOG.log(Level.SEVERE, "Demo content not imported, a file has errors:\n{0}", e.getMessage());
            return;
        }
        int imported = 0;
        for (Map.Entry<String, Article> demo : parsed.entrySet()) {
            if (!desk.knows(demo.getValue().slug())) {
                desk.adopt(demo.getValue(), demo.getKey());
                imported++;
            }
        }
        int count = imported;
        LOG.info(() -> "Imported " + count + " demo article(s); " + (parsed.size() - count) + " already present");
    }
}
