package org.attune.web.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.attune.content.article.Article;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.RewrittenArticle;
import org.attune.personalization.rewrite.RewrittenBlock;
import org.attune.personalization.rewrite.RewrittenSection;

/**
 * Finds the sections of the articles that answer a query, and shows each in the reader's audience.
 *
 * <p><b>Matching.</b> The query is cut into words (lower-cased, plurals folded to the singular, common words such
 * as "the" and "of" left out). A section, or an article's bottom line, matches when every query word is in its
 * vocabulary: the words of its heading and blocks as every audience reads them (clinician, patient, student, the
 * authors' own audience wordings included), plus every word of every synonym of each glossary term it mentions (a
 * glossary entry's term, forms, abbreviation, expansion and plain wording form a synonym group; see
 * {@link Synonyms}). So "electrical nerve stimulation" finds the section that says "TENS", and "belly pain" finds
 * "abdominal pain". A query word that is an adjective of a one-word term ("abdominal") also matches the sections
 * that mention the term's group.
 *
 * <p><b>Ranking.</b> Sections with more query words in their own text as the reader reads it come first; ties keep
 * the articles' order, then the sections' order (bottom line first). At most {@link #MAX_HITS} hits.
 *
 * <p>Built once per content change (every article is rewritten for every audience up front); immutable and
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

    private final Synonyms synonyms;
    private final Set<String> audienceIds;
    private final List<IndexedSection> sections;

    private SearchIndex(Synonyms synonyms, Set<String> audienceIds, List<IndexedSection> sections) {
        this.synonyms = synonyms;
        this.audienceIds = Set.copyOf(audienceIds);
        this.sections = List.copyOf(sections);
    }

    /** One section (or bottom line) of one article, as every audience reads it. */
    private record IndexedSection(String slug, Map<String, String> titles, String anchor,
                                  Map<String, Version> versions, Set<String> vocabulary, Set<Integer> groups) {
    }

    /** A section as one audience reads it; heading null for the bottom line. */
    private record Version(String heading, Passage headingPassage, List<Passage> blocks, Set<String> words) {
    }

    /** Indexes the articles, in the order given (the tie-break order of results), for every audience. */
    public static SearchIndex build(List<Article> articles, ArticleRewriter rewriter, AudienceProfiles audiences) {
        Objects.requireNonNull(rewriter, "rewriter");
        Objects.requireNonNull(audiences, "audiences");
        Synonyms synonyms = new Synonyms(rewriter.glossary(), rewriter.matcher(), rewriter.protectedSpans());
        List<IndexedSection> sections = new ArrayList<>();
        for (Article article : articles) {
            Map<String, RewrittenArticle> rewritten = new LinkedHashMap<>();
            Map<String, String> titles = new LinkedHashMap<>();
            for (AudienceProfile audience : audiences.all()) {
                RewrittenArticle r = rewriter.rewrite(article, audience);
                rewritten.put(audience.id(), r);
                titles.put(audience.id(), r.title().withoutCitations());
            }
            Map<String, Version> bottomLine = new LinkedHashMap<>();
            rewritten.forEach((id, r) -> bottomLine.put(id, version(null, List.of(r.bottomLine()), synonyms)));
            sections.add(indexed(article.slug(), titles, BOTTOM_LINE_ANCHOR, bottomLine, synonyms));
            for (int s = 0; s < article.sections().size(); s++) {
                Map<String, Version> versions = new LinkedHashMap<>();
                for (Map.Entry<String, RewrittenArticle> e : rewritten.entrySet()) {
                    RewrittenSection section = e.getValue().sections().get(s);
                    versions.put(e.getKey(),
                            version(section.heading().withoutCitations(), section.blocks(), synonyms));
                }
                String anchor = article.sections().get(s).anchor();
                sections.add(indexed(article.slug(), titles, anchor, versions, synonyms));
            }
        }
        Set<String> audienceIds = new HashSet<>();
        audiences.all().forEach(a -> audienceIds.add(a.id()));
        return new SearchIndex(synonyms, audienceIds, sections);
    }

    private static Version version(String heading, List<RewrittenBlock> blocks, Synonyms synonyms) {
        Passage headingPassage = heading == null ? null : Passage.of(heading, synonyms);
        List<Passage> passages = blocks.stream().map(b -> Passage.of(plainText(b), synonyms)).toList();
        Set<String> words = new HashSet<>();
        if (headingPassage != null) {
            words.addAll(headingPassage.words());
        }
        passages.forEach(p -> words.addAll(p.words()));
        return new Version(heading, headingPassage, passages, Set.copyOf(words));
    }

    /** Lead-in and text as one line without citation markers; an authored lead-in keeps its own colon. */
    private static String plainText(RewrittenBlock block) {
        String text = block.text().withoutCitations();
        if (!block.hasLeadIn()) {
            return text;
        }
        String leadIn = block.leadIn().withoutCitations();
        boolean punctuated = !leadIn.isEmpty() && ":.?!".indexOf(leadIn.charAt(leadIn.length() - 1)) >= 0;
        return leadIn + (punctuated ? " " : ": ") + text;
    }

    private static IndexedSection indexed(String slug, Map<String, String> titles, String anchor,
                                          Map<String, Version> versions, Synonyms synonyms) {
        Set<String> vocabulary = new HashSet<>();
        Set<Integer> groups = new TreeSet<>();
        for (Version version : versions.values()) {
            vocabulary.addAll(version.words());
            if (version.headingPassage() != null) {
                groups.addAll(version.headingPassage().groups());
            }
            version.blocks().forEach(p -> groups.addAll(p.groups()));
        }
        groups.forEach(g -> vocabulary.addAll(synonyms.memberWords(g)));
        return new IndexedSection(slug, Map.copyOf(titles), anchor, Map.copyOf(versions), Set.copyOf(vocabulary),
                Set.copyOf(groups));
    }

    /**
     * Searches for a query as typed; the hits show the text as {@code reader}'s audience reads it.
     *
     * @throws IllegalArgumentException if the reader's audience was not indexed
     */
    public SearchResults search(String rawQuery, AudienceProfile reader) {
        if (!audienceIds.contains(Objects.requireNonNull(reader, "reader").id())) {
            throw new IllegalArgumentException("audience '" + reader.id() + "' was not indexed");
        }
        Query query = Query.parse(rawQuery, MAX_QUERY_LENGTH);
        if (query.problem() != null) {
            return SearchResults.problem(query.text(), query.problem());
        }
        List<String> words = query.words();
        Map<String, Set<Integer>> adjectiveOf = new LinkedHashMap<>();
        Map<String, Set<Integer>> groupsOf = new LinkedHashMap<>();
        for (String word : words) {
            adjectiveOf.put(word, synonyms.adjectiveOf(word));
            groupsOf.put(word, synonyms.groupsOf(word));
        }
        record Ranked(IndexedSection section, Version version, int inOwnText, int order) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            IndexedSection section = sections.get(i);
            if (words.stream().allMatch(w -> matches(section, w, adjectiveOf.get(w)))) {
                Version version = section.versions().get(reader.id());
                int inOwnText = (int) words.stream().filter(version.words()::contains).count();
                ranked.add(new Ranked(section, version, inOwnText, i));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::inOwnText).reversed().thenComparingInt(Ranked::order));
        List<SearchHit> hits = ranked.stream().limit(MAX_HITS)
                .map(r -> new SearchHit(r.section().slug(), r.section().titles().get(reader.id()),
                        r.version().heading(), r.section().anchor(),
                        Snippets.of(r.version().blocks(), words, groupsOf, SNIPPET_LENGTH)))
                .toList();
        return SearchResults.found(query.text(), hits);
    }

    private static boolean matches(IndexedSection section, String word, Set<Integer> adjectiveOf) {
        if (section.vocabulary().contains(word)) {
            return true;
        }
        for (int group : adjectiveOf) {
            if (section.groups().contains(group)) {
                return true;
            }
        }
        return false;
    }

    /** How many sections (bottom lines included) are indexed. */
    public int size() {
        return sections.size();
    }
}
