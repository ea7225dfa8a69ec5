-- The clinical codes each article answers (ICD-10-CM, SNOMED CT), for clinical systems asking by code (Infobutton).
CREATE TABLE article_code (
    article_id  BIGINT       NOT NULL,
    position    INTEGER      NOT NULL,
    code_system VARCHAR(32)  NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    display     VARCHAR(500),
    CONSTRAINT pk_article_code PRIMARY KEY (article_id, position),
    CONSTRAINT fk_article_code_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT ck_article_code_system CHECK (code_system IN ('ICD_10_CM', 'SNOMED_CT'))
);
