package org.attune.personalization.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.attune.personalization.rewrite.RewrittenArticle;
import org.attune.personalization.rewrite.RewrittenBlock;
import org.attune.personalization.rewrite.RewrittenSection;
import org.attune.personalization.text.WordScanner;

/**
 * Writes the in-memory index: one {@link PassageDocument} per heading and block of every section (the bottom line
 * first) of every article, for every audience, in the order given. The synonym map is made for the words the
 * passages use, so that adjectives of terms are found. Used once, for one index.
 */
final class PassageIndexBuilder {

    private final SynonymGroups synonyms;
    private final List<IndexedSection> sections = new ArrayList<>();
    private final List<PassageText> passages = new ArrayList<>();

    /** One passage before it is indexed. */
    private record PassageText(IndexedSection section, String audience, int block, String text) {}

    /** What the builder made. */
    record Built(DirectoryReader reader, SearchAnalyzer analyzer, List<IndexedSection> sections) {}

    PassageIndexBuilder(SynonymGroups synonyms) {
        this.synonyms = synonyms;
    }

    Built build(List<SearchableArticle> articles, Set<String> audiences) {
        for (SearchableArticle article : articles) {
            add(article, audiences);
        }
        SearchAnalyzer analyzer = SearchAnalyzer.forPassages(synonyms.map(vocabulary()), synonyms.keptAsWritten());
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (PassageText p : passages) {
                writer.addDocument(PassageDocument.of(p.section(), p.audience(), p.block(), p.text()));
            }
            writer.commit();
            return new Built(DirectoryReader.open(directory), analyzer, List.copyOf(sections));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(SearchableArticle article, Set<String> audiences) {
        Map<String, RewrittenArticle> versions = new LinkedHashMap<>();
        audiences.stream().sorted().forEach(a -> versions.put(a, article.versionFor(a)));
        IndexedSection bottomLine = section(article.slug(), SearchIndex.BOTTOM_LINE_ANCHOR, versions, v -> null);
        versions.forEach((audience, version) ->
                passages.add(new PassageText(bottomLine, audience, 0, plainText(version.bottomLine()))));
        List<RewrittenSection> anyVersionsSections =
                versions.values().iterator().next().sections();
        for (int s = 0; s < anyVersionsSections.size(); s++) {
            int index = s;
            String anchor = anyVersionsSections.get(s).anchor();
            IndexedSection section = section(
                    article.slug(),
                    anchor,
                    versions,
                    v -> v.sections().get(index).heading().withoutCitations());
            versions.forEach((audience, version) -> {
                RewrittenSection rewritten = version.sections().get(index);
                passages.add(new PassageText(
                        section,
                        audience,
                        PassageDocument.HEADING,
                        rewritten.heading().withoutCitations()));
                List<RewrittenBlock> blocks = rewritten.blocks();
                for (int b = 0; b < blocks.size(); b++) {
                    passages.add(new PassageText(section, audience, b, plainText(blocks.get(b))));
                }
            });
        }
    }

    private IndexedSection section(
            String slug,
            String anchor,
            Map<String, RewrittenArticle> versions,
            Function<RewrittenArticle, String> heading) {
        Map<String, IndexedSection.Titles> titles = new LinkedHashMap<>();
        versions.forEach((audience, version) -> titles.put(
                audience, new IndexedSection.Titles(version.title().withoutCitations(), heading.apply(version))));
        IndexedSection section = new IndexedSection(sections.size(), slug, anchor, titles);
        sections.add(section);
        return section;
    }

    /** Lead-in and text as one line without citation markers; an authored lead-in keeps its own colon. */
    static String plainText(RewrittenBlock block) {
        String text = block.text().withoutCitations();
        if (!block.hasLeadIn()) {
            return text;
        }
        String leadIn = block.leadIn().withoutCitations();
        boolean punctuated = !leadIn.isEmpty() && ":.?!".indexOf(leadIn.charAt(leadIn.length() - 1)) >= 0;
        return leadIn + (punctuated ? " " : ": ") + text;
    }

    /** Every word of every passage, as the synonym filter sees it. */
    private Set<String> vocabulary() {
        Set<String> words = new HashSet<>();
        for (PassageText passage : passages) {
            WordScanner.words(passage.text()).forEach(w -> words.add(synonyms.asSeenBySynonyms(w)));
        }
        return words;
    }
}
