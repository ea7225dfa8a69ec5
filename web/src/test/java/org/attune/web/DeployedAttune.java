package org.attune.web;

import java.net.URL;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test that reads the WAR deployed on Payara Micro over HTTP, as a reader's browser would: each
 * subclass gives its {@code @Deployment(testable = false)} (so every test runs as a client) and uses {@link #http}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedAttune {

    @ArquillianResource
    protected URL base;

    protected Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }
}
