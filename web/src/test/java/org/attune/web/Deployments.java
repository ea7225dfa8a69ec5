package org.attune.web;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive integration tests deploy: the real WAR that {@code mvn package} built, not a hand-picked subset. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive attuneWar() {
        String path = System.getProperty("attune.war", "target/attune.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war.getAbsolutePath() + ": run the tests with 'mvn verify'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
