package org.attune.web.browser;

import org.attune.web.DeployedAttune;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

/** The deployed WAR seen through a browser: each test gets a fresh headless Chromium, like a first-time visitor's. */
abstract class DeployedInABrowser extends DeployedAttune {

    protected ChromeDriver browser;

    @BeforeEach
    void firstTimeVisitorsBrowser() {
        browser = Browsers.freshChromium();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }
}
