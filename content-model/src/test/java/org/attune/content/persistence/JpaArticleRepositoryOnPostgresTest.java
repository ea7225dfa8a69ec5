package org.attune.content.persistence;

/** The repository on PostgreSQL, the database a hospital runs itself. */
class JpaArticleRepositoryOnPostgresTest extends JpaArticleRepositoryTest {

    @Override
    TestDatabase freshDatabase() {
        return new PostgresTestDatabase();
    }
}
