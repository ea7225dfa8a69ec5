package org.attune.personalization.search;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.search.IndexSearcher;
import org.attune.content.article.Article;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;

/**
 * Finds the sections of the articles that answer a query, and shows each in the reader's audience. An in-memory
 * Lucene index of passages (each section's heading and blocks, and each article's bottom line, as every audience
 * reads them); hits are sections.
 *
 * <p><b>Matching.</b> The query is cut into words ({@link SearchAnalyzer}: lower-cased, plurals folded to the
 * singular, common words such as "the" and "of" left out). A section, or an article's bottom line, matches when
 * every query word is in one of its passages in some audience's version: the word itself, or a mention of a glossary
 * synonym group with a member containing the word ({@link SynonymGroups}: a glossary entry's term and forms,
 * abbreviation, expansion and plain wording form a group). So "electrical nerve stimulation" finds the section that
 * says "TENS", and "belly pain" finds "abdominal pain". A word that no passage uses and no group contains is taken
 * as a typo and corrected to the closest word the passages use ({@link TypoCorrector}); the results then carry the
 * corrected query as a suggestion.
 *
 * <p><b>Ranking.</b> Sections with more query words in their own text as the reader reads it come first, then the
 * higher BM25 score, then the articles' order, then the sections' order (bottom line first); see
 * {@link SectionRanking}. At most {@link #MAX_HITS} hits, each with a snippet cut by {@link SnippetCutter} from
 * what Lucene's highlighter found.
 *
 * <p>Built once per content change from the articles already rewritten for every audience; immutable and
 * thread-safe, so one instance serves all requests.
 */
public final class SearchIndex {

    /** Longest query searched, in characters (after trimming). */
    public static final int MAX_QUERY_LENGTH = 200;
    /** Most hits returned. */
    public static final int MAX_HITS = 20;
    /** About how many characters of text a snippet shows. */
    public static final int SNIPPET_LENGTH = 300;
    /** The fragment of the bottom line on the article page. */
    public static final String BOTTOM_LINE_ANCHOR = "bottom-line";

    private final Set<String> audienceIds;
    private final List<IndexedSection> sections;
    private final SynonymGroups synonyms;
    private final SectionRanking ranking;
    private final TypoCorrector typos;
    private final BlockHighlighter highlighter;

    private SearchIndex(Set<String> audienceIds, SynonymGroups synonyms, PassageIndexBuilder.Built built) {
        this.audienceIds = Set.copyOf(audienceIds);
        this.sections = built.sections();
        this.synonyms = synonyms;
        IndexSearcher searcher = new IndexSearcher(built.reader());
        this.ranking = new SectionRanking(searcher);
        this.typos = new TypoCorrector(built.reader(), synonyms);
        this.highlighter = new BlockHighlighter(searcher, built.analyzer());
    }

    /**
     * Indexes articles already rewritten, in the order given (the tie-break order of results), for these audiences,
     * with the synonyms of the glossary of the engine that rewrote them. With no article, a search in any of the
     * audiences finds nothing.
     *
     * @throws IllegalArgumentException if an article lacks a version for one of the audiences, or has one more
     */
    public static SearchIndex of(List<SearchableArticle> articles, AudienceProfiles audiences, ArticleRewriter engine) {
        Objects.requireNonNull(engine, "engine");
        Set<String> audienceIds = new HashSet<>();
        audiences.all().forEach(a -> audienceIds.add(a.id()));
        for (SearchableArticle article : articles) {
            if (!article.audienceIds().equals(audienceIds)) {
                throw new IllegalArgumentException("article '" + article.slug() + "' has versions for "
                        + article.audienceIds() + ", the others for " + audienceIds);
            }
        }
        SynonymGroups synonyms = new SynonymGroups(engine.glossary());
        return new SearchIndex(audienceIds, synonyms, new PassageIndexBuilder(synonyms).build(articles, audienceIds));
    }

    /** Rewrites the articles for every audience and indexes them, in the order given. */
    public static SearchIndex build(List<Article> articles, ArticleRewriter rewriter, AudienceProfiles audiences) {
        return of(
                articles.stream()
                        .map(a -> SearchableArticle.rewrite(a, rewriter, audiences))
                        .toList(),
                audiences,
                rewriter);
    }

    /**
     * Searches for a query as typed; the hits show the text as {@code reader}'s audience reads it.
     *
     * @throws IllegalArgumentException if the reader's audience was not indexed
     */
    public SearchResults search(String rawQuery, AudienceProfile reader) {
        String audience = Objects.requireNonNull(reader, "reader").id();
        if (!audienceIds.contains(audience)) {
            throw new IllegalArgumentException("audience '" + audience + "' was not indexed");
        }
        ParsedQuery query = ParsedQuery.parse(rawQuery, MAX_QUERY_LENGTH);
        if (query.problem() != null) {
            return SearchResults.problem(query.text(), query.problem());
        }
        Map<String, String> corrections = new LinkedHashMap<>();
        Set<String> words = new LinkedHashSet<>();
        for (String word : query.distinctWords()) {
            String sought = typos.correction(word).orElse(word);
            if (!sought.equals(word)) {
                corrections.put(word, sought);
            }
            words.add(sought);
        }
        List<SoughtWord> sought =
                words.stream().map(w -> new SoughtWord(w, synonyms.tokensOf(w))).toList();
        List<SearchHit> hits = ranking.rank(sought, audience).stream()
                .limit(MAX_HITS)
                .map(r -> hit(sections.get(r.section()), audience, sought))
                .toList();
        String suggestion = corrections.isEmpty() || hits.isEmpty() ? null : query.corrected(corrections);
        return SearchResults.found(query.text(), hits, suggestion);
    }

    private SearchHit hit(IndexedSection section, String audience, List<SoughtWord> words) {
        IndexedSection.Titles titles = section.titlesFor(audience);
        List<Snippet> snippet =
                SnippetCutter.cut(highlighter.blocks(section.ordinal(), audience, words), words, SNIPPET_LENGTH);
        return new SearchHit(section.slug(), titles.articleTitle(), titles.heading(), section.anchor(), snippet);
    }

    /** How many sections (bottom lines included) are indexed. */
    public int size() {
        return sections.size();
    }
}
