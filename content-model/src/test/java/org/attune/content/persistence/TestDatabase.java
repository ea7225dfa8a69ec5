package org.attune.content.persistence;

/** An empty database of a test's own, reached by JDBC; closing it drops it. */
interface TestDatabase extends AutoCloseable {

    String url();

    String user();

    String password();

    @Override
    void close();
}
