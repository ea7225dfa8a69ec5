package org.attune.web;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive integration tests deploy: the real WAR that {@code mvn package} built, not a hand-picked subset. */
public final class Deployments {

    /** The first administrator the deployments with {@link #withFirstAdmin()} create at start-up. */
    public static final String ADMIN = "it-admin";

    public static final String ADMIN_PASSWORD = "correct horse battery staple";

    private Deployments() {}

    /** The real WAR whose configuration file ({@code microprofile-config.properties}) says only this. */
    public static WebArchive attuneWarConfiguredWith(String properties) {
        return attuneWar().addAsResource(new StringAsset(properties), "META-INF/microprofile-config.properties");
    }

    /** The real WAR configured to create the first administrator, {@link #ADMIN}, at start-up. */
    public static WebArchive withFirstAdmin() {
        return attuneWarConfiguredWith(
                "attune.admin.user=" + ADMIN + "\n" + "attune.admin.password=" + ADMIN_PASSWORD + "\n");
    }

    public static WebArchive attuneWar() {
        String path = System.getProperty("attune.war", "target/attune.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("No WAR at " + war.getAbsolutePath() + ": run the tests with 'mvn verify'");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
