-- The GRADE certainty of the evidence behind a block, when its author marked it ("> certainty: moderate").
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL.
ALTER TABLE article_block ADD COLUMN certainty VARCHAR(16);
ALTER TABLE article_block ADD CONSTRAINT ck_article_block_certainty
    CHECK (certainty IS NULL OR certainty IN ('HIGH', 'MODERATE', 'LOW', 'VERY_LOW'));
