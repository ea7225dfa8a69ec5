package org.attune.web.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.attune.personalization.rewrite.KeyTerm;
import org.attune.web.article.ArticleCatalog;
import org.attune.web.article.ArticleTerms;
import org.attune.web.content.ContentCache;
import org.attune.web.content.ContentVersion;
import org.attune.web.content.PerArticle;

/**
 * Collects the key terms of the articles into the A–Z glossary. The pages (all terms, and each article's) are
 * built once and kept until the articles change; then only the changed articles' terms are looked for again.
 */
@ApplicationScoped
public class GlossaryCatalog {

    @Inject
    ArticleCatalog articles;

    @Inject
    ContentVersion version;

    private ContentCache<Glossary> glossary;

    @PostConstruct
    void cache() {
        PerArticle<ArticleTerms> terms = new PerArticle<>(version);
        glossary = new ContentCache<>(version::current, () -> Glossary.of(articles.terms(terms)));
    }

    public GlossaryPage page(String onlyArticle) {
        Glossary current = glossary.get();
        if (onlyArticle == null || onlyArticle.isBlank()) {
            return current.all();
        }
        return current.ofArticle(onlyArticle).orElseGet(current::allForUnknownArticle);
    }

    /** The glossary pages for the articles as they are now. */
    private record Glossary(GlossaryPage all, Map<String, GlossaryPage> byArticle) {

        static Glossary of(List<ArticleTerms> articles) {
            Map<String, GlossaryPage> byArticle = new LinkedHashMap<>();
            for (ArticleTerms article : articles) {
                byArticle.put(
                        article.slug(),
                        new GlossaryPage(
                                letters(entries(List.of(article))),
                                new GlossaryPage.ArticleLink(article.slug(), article.title()),
                                false));
            }
            return new Glossary(new GlossaryPage(letters(entries(articles)), null, false), Map.copyOf(byArticle));
        }

        Optional<GlossaryPage> ofArticle(String slug) {
            return Optional.ofNullable(byArticle.get(slug));
        }

        GlossaryPage allForUnknownArticle() {
            return new GlossaryPage(all.letters(), null, true);
        }
    }

    /** Each term once (by its lower-cased spelling), with the articles using it, sorted. */
    private static Map<String, GlossaryPage.Entry> entries(List<ArticleTerms> articles) {
        Map<String, KeyTerm> byTerm = new LinkedHashMap<>();
        Map<String, List<GlossaryPage.ArticleLink>> usedIn = new LinkedHashMap<>();
        for (ArticleTerms article : articles) {
            for (KeyTerm term : article.terms()) {
                String key = term.term().toLowerCase(Locale.ROOT);
                byTerm.putIfAbsent(key, term);
                usedIn.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new GlossaryPage.ArticleLink(article.slug(), article.title()));
            }
        }
        Map<String, GlossaryPage.Entry> entries = new TreeMap<>();
        byTerm.forEach((key, term) -> entries.put(key, new GlossaryPage.Entry(term, List.copyOf(usedIn.get(key)))));
        return entries;
    }

    private static List<GlossaryPage.Letter> letters(Map<String, GlossaryPage.Entry> entries) {
        Map<String, List<GlossaryPage.Entry>> byLetter = new TreeMap<>();
        for (Map.Entry<String, GlossaryPage.Entry> entry : entries.entrySet()) {
            char first = Character.toUpperCase(entry.getKey().charAt(0));
            String letter = Character.isLetter(first) ? String.valueOf(first) : "#";
            byLetter.computeIfAbsent(letter, l -> new ArrayList<>()).add(entry.getValue());
        }
        List<GlossaryPage.Letter> letters = new ArrayList<>();
        byLetter.forEach((letter, list) -> {
            list.sort(Comparator.comparing(e -> e.term().term().toLowerCase(Locale.ROOT)));
            letters.add(new GlossaryPage.Letter(
                    letter, "letter-" + (letter.equals("#") ? "other" : letter), List.copyOf(list)));
        });
        return letters;
    }
}
