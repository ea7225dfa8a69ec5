package org.attune.content.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A fresh in-memory H2 database, gone when closed. */
final class H2TestDatabase implements TestDatabase {

    private final String url = "jdbc:h2:mem:attune-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Override
    public String url() {
        return url;
    }

    @Override
    public String user() {
        return "sa";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public void close() {
        try (Connection connection = DriverManager.getConnection(url, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop " + url, e);
        }
    }
}
