package org.attune.web;

import java.io.IOException;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Test-only servlet, added to the deployment by the integration tests that count SQL: {@code GET /it/sql-statements}
 * answers how many JDBC statements Hibernate has prepared so far (counting starts at the first call).
 */
@WebServlet(urlPatterns = "/it/sql-statements")
public class SqlStatementCounter extends HttpServlet {

    public static final String PATH = "/it/sql-statements";

    @PersistenceUnit(unitName = "attune")
    EntityManagerFactory entityManagerFactory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        response.setContentType("text/plain");
        response.getWriter().print(statistics.getPrepareStatementCount());
    }
}
