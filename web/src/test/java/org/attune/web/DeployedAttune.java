package org.attune.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;

/**
 * An integration test that reads the WAR deployed on Payara Micro over HTTP, as a reader's browser would: each
 * subclass gives its {@code @Deployment(testable = false)} (so every test runs as a client), declares
 * {@code @ExtendWith(ArquillianExtension.class)} itself (after any extension that must prepare Payara's options
 * first: JUnit runs a superclass's extensions before the subclass's own), and uses {@link #http}.
 */
public abstract class DeployedAttune {

    @ArquillianResource
    protected URL base;

    protected Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    /**
     * How many SQL statements the deployment has prepared so far; the deployment must hold
     * {@link SqlStatementCounter}.
     */
    protected long sqlStatements() {
        return Long.parseLong(http.get(SqlStatementCounter.PATH).body().strip());
    }

    /** A GET of {@code path} answers {@code status} with a {@code Location} ending in {@code location}. */
    protected void assertRedirect(String path, int status, String location) {
        HttpResponse<String> response = http.get(path);

        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(location));
    }
}
