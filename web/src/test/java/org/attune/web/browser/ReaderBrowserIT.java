package org.attune.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.web.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A reader in a real browser (headless Chromium) against the WAR on Payara Micro: choosing an audience, sharing a
 * link, using only the keyboard, and what axe-core finds against WCAG 2.1 A/AA.
 */
@ExtendWith(ArquillianExtension.class)
class ReaderBrowserIT extends DeployedInABrowser {

    private static final String BACK_PAIN = "articles/physical-therapy-for-chronic-back-pain";
    private static final String HEAT = "articles/heat-therapy-for-low-back-pain";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attuneWar();
    }

    private void open(String path) {
        browser.get(base.toString() + path);
    }

    private String audienceShown() {
        return browser.findElement(By.cssSelector("article")).getAttribute("data-audience");
    }

    private String bottomLine() {
        return browser.findElement(By.cssSelector(".bottom-line p")).getText();
    }

    private void choose(String audience) {
        browser.findElement(By.cssSelector("label[for=audience-" + audience + "]"))
                .click();
        leadsToANewPage(() -> browser.findElement(By.cssSelector(".audience button[type=submit]"))
                .click());
    }

    private void leadsToANewPage(Runnable action) {
        Browsers.navigate(browser, action);
    }

    @Test
    void choosingAnAudienceChangesTheWordsAndTheChoiceFollowsTheReader() {
        open(BACK_PAIN + "?audience=clinician");
        String clinicianWords = bottomLine();

        choose("patient");
        assertThat(audienceShown()).isEqualTo("patient");
        assertThat(bottomLine()).isNotEqualTo(clinicianWords);
        assertThat(browser.manage().getCookieNamed("attune-audience").getValue())
                .isEqualTo("patient");

        choose("student");
        assertThat(audienceShown()).isEqualTo("student");
        assertThat(browser.findElements(By.cssSelector("#key-terms dt"))).isNotEmpty();

        leadsToANewPage(() ->
                browser.findElement(By.cssSelector(".site-header a[href$='/']")).click());
        leadsToANewPage(() ->
                browser.findElement(By.cssSelector("a[href$='/" + HEAT + "']")).click());
        assertThat(audienceShown()).as("the next article").isEqualTo("student");
        leadsToANewPage(() -> browser.navigate().refresh());
        assertThat(audienceShown()).as("after a reload").isEqualTo("student");
        assertThat(browser.findElement(By.id("audience-student")).isSelected()).isTrue();
    }

    @Test
    void aSharedLinkShowsItsAudienceInAFreshBrowserForThatPageOnly() {
        open(HEAT + "?audience=student");

        assertThat(audienceShown()).isEqualTo("student");
        assertThat(browser.findElement(By.id("audience-active")).getText()).contains("Student");
        assertThat(browser.manage().getCookieNamed("attune-audience"))
                .as("a link does not change the choice")
                .isNull();

        open(BACK_PAIN);
        assertThat(audienceShown()).as("the reader's own default elsewhere").isEqualTo("patient");
    }

    @Test
    void theAudienceCanBeChosenWithTheKeyboardAlone() {
        open(BACK_PAIN);

        WebElement focused = tabUntil(e -> "audience-patient".equals(e.getAttribute("id")), 40);
        assertThat(focused.isSelected()).isTrue();
        new Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(browser.findElement(By.id("audience-clinician")).isSelected())
                .isTrue();
        tabUntil(e -> "submit".equals(e.getAttribute("type")), 5);
        leadsToANewPage(() -> new Actions(browser).sendKeys(Keys.ENTER).perform());

        assertThat(audienceShown()).isEqualTo("clinician");
    }

    @Test
    void termHelpIsVisibleTextAndReachableByKeyboard() {
        open(BACK_PAIN + "?audience=student");

        List<WebElement> definitions = browser.findElements(By.cssSelector(".term__definition"));
        assertThat(definitions)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.isDisplayed()).isTrue());

        tabUntil(e -> e.getAttribute("href") != null && e.getAttribute("href").endsWith("#key-terms"), 80);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertThat(browser.getCurrentUrl()).endsWith("#key-terms");
        WebElement keyTerms = browser.findElement(By.id("key-terms"));
        assertThat(keyTerms.isDisplayed()).isTrue();
        assertThat(keyTerms.findElement(By.cssSelector("dd")).getText()).isNotBlank();
    }

    @Test
    void thePatientVersionPrintsAsAHandoutWithItsReferencesAndWithoutNavigation() {
        open(BACK_PAIN + "?audience=patient");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));

        for (String hidden : List.of(".site-header", ".audience", ".ask", "nav.contents", ".site-footer")) {
            assertThat(browser.findElement(By.cssSelector(hidden)).isDisplayed())
                    .as(hidden)
                    .isFalse();
        }
        for (String kept :
                List.of("h1", ".review__stages", ".bottom-line", ".notice--pending", "ol.references", ".disclaimer")) {
            assertThat(browser.findElement(By.cssSelector(kept)).isDisplayed())
                    .as(kept)
                    .isTrue();
        }
        assertThat(browser.findElement(By.cssSelector(".disclaimer")).getText())
                .contains("does not replace advice from your own clinician");
    }

    /** Presses Tab until the focused element matches, as a keyboard-only reader would. */
    private WebElement tabUntil(java.util.function.Predicate<WebElement> wanted, int maxPresses) {
        for (int i = 0; i < maxPresses; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement active = browser.switchTo().activeElement();
            if (wanted.test(active)) {
                return active;
            }
        }
        throw new AssertionError("not reached with " + maxPresses + " Tab presses");
    }

    @Test
    void pagesHaveNoWcag21AOrAAViolations() throws IOException {
        String axe = Files.readString(
                Path.of(System.getProperty("attune.axe", "src/test/browser/node_modules/axe-core/axe.min.js")));
        for (String page : List.of(
                "",
                BACK_PAIN + "?audience=patient",
                BACK_PAIN + "?audience=clinician",
                BACK_PAIN + "?audience=student",
                HEAT + "?audience=patient",
                "glossary",
                "search?q=bed+rest",
                "search?q=",
                "no-such-page")) {
            open(page);
            assertThat(violations(browser, axe)).as("axe-core on /" + page).isEqualTo("[]");
        }
    }

    /** What axe-core finds against WCAG 2.1 A/AA on the page the browser shows, as JSON ({@code []}: nothing). */
    static String violations(WebDriver browser, String axe) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(JSON.stringify(r.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' '))})))))
                   .catch(e => done('axe failed: ' + e));
                """);
        return String.valueOf(result);
    }
}
