package org.attune.web.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.attune.content.article.Article;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.KeyTerm;
import org.attune.web.article.ArticleCatalog;

/** Collects the key terms of the articles into the A–Z glossary. */
@ApplicationScoped
public class GlossaryCatalog {

    @Inject
    ArticleCatalog articles;

    @Inject
    ArticleRewriter rewriter;

    @Inject
    AudienceProfiles audiences;

    public GlossaryPage page(String onlyArticle) {
        List<Article> all = articles.all();
        List<Article> chosen = all;
        GlossaryPage.ArticleLink filter = null;
        boolean unknown = false;
        if (onlyArticle != null && !onlyArticle.isBlank()) {
            chosen = all.stream().filter(a -> a.slug().equals(onlyArticle)).toList();
            if (chosen.isEmpty()) {
                chosen = all;
                unknown = true;
            } else {
                filter = new GlossaryPage.ArticleLink(chosen.get(0).slug(), chosen.get(0).title());
            }
        }
        return new GlossaryPage(letters(terms(chosen)), filter, unknown);
    }

    private Map<String, GlossaryPage.Term> terms(List<Article> chosen) {
        Map<String, KeyTerm> byTerm = new LinkedHashMap<>();
        Map<String, List<GlossaryPage.ArticleLink>> usedIn = new LinkedHashMap<>();
        for (Article article : chosen) {
            // The student version keeps every term and lists it, so it names all the terms an article uses.
            for (KeyTerm term : rewriter.rewrite(article, audiences.get("student")).keyTerms()) {
                String key = term.term().toLowerCase(Locale.ROOT);
                byTerm.putIfAbsent(key, term);
                usedIn.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new GlossaryPage.ArticleLink(article.slug(), article.title()));
            }
        }
        Map<String, GlossaryPage.Term> terms = new TreeMap<>();
        byTerm.forEach((key, t) -> terms.put(key, new GlossaryPage.Term(t.term(), t.anchor(),
                t.abbreviation(), t.plain(), t.definition(), t.expansion(), t.source(), usedIn.get(key))));
        return terms;
    }

    private static List<GlossaryPage.Letter> letters(Map<String, GlossaryPage.Term> terms) {
        Map<String, List<GlossaryPage.Term>> byLetter = new TreeMap<>();
        for (Map.Entry<String, GlossaryPage.Term> entry : terms.entrySet()) {
            char first = Character.toUpperCase(entry.getKey().charAt(0));
            String letter = Character.isLetter(first) ? String.valueOf(first) : "#";
            byLetter.computeIfAbsent(letter, l -> new ArrayList<>()).add(entry.getValue());
        }
        List<GlossaryPage.Letter> letters = new ArrayList<>();
        byLetter.forEach((letter, list) -> {
            list.sort(Comparator.comparing(t -> t.term().toLowerCase(Locale.ROOT)));
            letters.add(new GlossaryPage.Letter(letter, "letter-" + (letter.equals("#") ? "other" : letter),
                    List.copyOf(list)));
        });
        return letters;
    }
}
