package org.attune.personalization.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;

/**
 * The index's document: one passage, that is a section's heading or one block (the bottom line is one block), as
 * one audience reads it. Its text is stored, for snippets, with the offsets of its words and synonym tokens.
 */
final class PassageDocument {

    /** The passage's words and synonym-group tokens; stored, with offsets for the highlighter. */
    static final String TEXT = "text";
    /** The id of the audience that reads this text. */
    static final String AUDIENCE = "audience";
    /** The section's place in the index: articles in the order given, then their sections, bottom line first. */
    static final String SECTION = "section";
    /** The block's place in its section, or {@link #HEADING}. */
    static final String BLOCK = "block";

    static final String SLUG = "slug";
    static final String ANCHOR = "anchor";
    /** The block number of a heading. */
    static final int HEADING = -1;
    /** Blocks in reading order. */
    static final Sort READING_ORDER = new Sort(new SortedNumericSortField(BLOCK, SortField.Type.INT));

    private static final FieldType TEXT_TYPE = textType();

    private PassageDocument() {}

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static Document of(IndexedSection section, String audience, int block, String text) {
        Document doc = new Document();
        doc.add(new Field(TEXT, text, TEXT_TYPE));
        doc.add(new StringField(AUDIENCE, audience, Field.Store.NO));
        doc.add(new IntField(SECTION, section.ordinal(), Field.Store.NO));
        doc.add(new IntField(BLOCK, block, Field.Store.NO));
        doc.add(new StoredField(SLUG, section.slug()));
        doc.add(new StoredField(ANCHOR, section.anchor()));
        return doc;
    }

    /** The passages an audience reads. */
    static Query readBy(String audience) {
        return new TermQuery(new Term(AUDIENCE, audience));
    }

    /** A query, only over the passages an audience reads. */
    static Query readBy(String audience, Query query) {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(readBy(audience), BooleanClause.Occur.FILTER)
                .build();
    }

    /** The blocks of a section (its heading left out) as an audience reads them. */
    static Query blocksOf(int section, String audience) {
        return new BooleanQuery.Builder()
                .add(IntField.newExactQuery(SECTION, section), BooleanClause.Occur.FILTER)
                .add(IntField.newRangeQuery(BLOCK, 0, Integer.MAX_VALUE), BooleanClause.Occur.FILTER)
                .add(readBy(audience), BooleanClause.Occur.FILTER)
                .build();
    }
}
