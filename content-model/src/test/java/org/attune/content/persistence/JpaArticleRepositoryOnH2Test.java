package org.attune.content.persistence;

/** The repository on H2, the database a hospital gets by default. */
class JpaArticleRepositoryOnH2Test extends JpaArticleRepositoryTest {

    @Override
    TestDatabase freshDatabase() {
        return new H2TestDatabase();
    }
}
