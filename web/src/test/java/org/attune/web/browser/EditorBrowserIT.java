package org.attune.web.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.attune.web.Deployments;
import org.attune.web.Http;
import org.attune.web.security.HospitalIdentityProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editorial workflow in a real browser (headless Chromium) against the WAR on Payara Micro: an author writes an
 * article, sees a problem at its line, fixes it, previews it for patients and submits it; a reviewer approves it;
 * a reader then sees it, reviewed. And hospital staff sign in with their hospital account (single sign-on).
 */
@ExtendWith({HospitalIdentityProvider.class, ArquillianExtension.class})
class EditorBrowserIT extends DeployedInABrowser {

    static final String AUTHOR = "alma";
    static final String REVIEWER = "rafael";
    static final String PASSWORD = "a long enough password";
    static final String SLUG = "does-swimming-help-back-pain";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withFirstAdmin();
    }

    @BeforeEach
    void accounts() {
        createAccount(AUTHOR, "author");
        createAccount(REVIEWER, "reviewer");
    }

    @Test
    void anAuthorWritesAReviewerApprovesAndAReaderSeesItReviewed() {
        signIn(AUTHOR);
        navigate(() -> browser.findElement(By.linkText("Write a new article")).click());
        String withProblem = article("[1, 3]");
        type(withProblem);
        navigate(() -> browser.findElement(By.cssSelector(".editor-form button[type=submit]"))
                .click());

        WebElement line = browser.findElement(By.id("line-" + lineOf(withProblem, "[1, 3]")));
        assertThat(line.getAttribute("class")).contains("has-problem");
        assertThat(line.getText()).contains("citation [3] points at no reference");
        assertThat(browser.findElement(By.id("source")).getAttribute("value"))
                .as("the author's text is kept")
                .isEqualTo(withProblem);

        type(article("[1, 2]"));
        navigate(() -> browser.findElement(By.cssSelector(".editor-form button[type=submit]"))
                .click());
        assertThat(browser.getCurrentUrl()).endsWith("/editor/articles/" + SLUG);
        assertThat(browser.findElement(By.cssSelector(".desk-status")).getText())
                .contains("Draft");

        navigate(
                () -> browser.findElement(By.linkText("Preview every audience")).click());
        WebElement patient = browser.findElement(By.cssSelector(".preview-column[data-audience=patient]"));
        assertThat(patient.getText()).contains("long-term low back pain");
        assertThat(browser.findElement(By.cssSelector(".preview-column[data-audience=clinician]"))
                        .getText())
                .contains("chronic low back pain");
        assertThat(patient.findElement(By.cssSelector(".readability__fkgl")).getText())
                .matches("\\d+\\.\\d");
        navigate(() -> browser.findElement(By.linkText("Back to the article")).click());

        navigate(() -> browser.findElement(By.id("move-submitted")).click());
        assertThat(browser.findElement(By.cssSelector(".desk-status")).getText())
                .contains("Submitted");
        navigate(() -> browser.findElement(By.cssSelector(".signout button")).click());

        signIn(REVIEWER);
        navigate(() ->
                browser.findElement(By.partialLinkText("Does swimming help")).click());
        navigate(() -> browser.findElement(By.id("move-under-review")).click());
        browser.findElement(By.id("comment-approved")).sendKeys("Checked against both references.");
        navigate(() -> browser.findElement(By.id("move-approved")).click());
        assertThat(browser.findElement(By.cssSelector(".desk-readers")).getText())
                .contains("Readers see approved revision 1.");
        navigate(() -> browser.findElement(By.cssSelector(".signout button")).click());

        browser.get(base + "articles/" + SLUG + "?audience=patient");
        assertThat(browser.findElement(By.cssSelector(".review__approved")).getText())
                .as("a reviewer without a display name is not named, and never by username")
                .startsWith("Reviewed by our medical advisory board and approved on");
        assertThat(browser.findElements(By.cssSelector(".notice--pending"))).isEmpty();
    }

    /**
     * Every authored field (title, tags, reference titles, sources and addresses, bottom line, headings, lead-ins,
     * statements, audience overrides, review comments) carries payloads from the corpus; every page that shows
     * them, to readers in each audience and to editors, is opened in Chromium: no payload runs or becomes markup.
     */
    @Test
    void hospitalStaffSignInWithTheirHospitalAccount() {
        browser.get(base + "login?next=%2Feditor");
        navigate(() -> browser.findElement(By.linkText("Sign in with " + HospitalIdentityProvider.NAME))
                .click());
        assertThat(browser.getTitle()).as("the hospital's own sign-in page").contains(HospitalIdentityProvider.NAME);
        browser.findElement(By.id("username")).sendKeys("olga");
        browser.findElement(By.id("password")).sendKeys(HospitalIdentityProvider.PASSWORD);
        browser.findElement(By.id("sign-in")).click();

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches(".*/editor$"));
        assertThat(browser.findElement(By.cssSelector(".signout strong")).getText())
                .isEqualTo("olga");
        assertThat(browser.findElement(By.linkText("Write a new article")).isDisplayed())
                .isTrue();
    }

    @Test
    void noAuthoredTextRunsAsScriptOnAnyPage() throws Exception {
        List<String> payloads = Files.readAllLines(Path.of("src/test/resources/xss-payloads.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(50);
        List<String> slugs = new ArrayList<>();
        for (int from = 0; from < payloads.size(); from += 10) {
            slugs.add(publishedWithPayloads(
                    "xss-corpus-" + (from / 10 + 1), payloads.subList(from, Math.min(from + 10, payloads.size()))));
        }

        List<String> readerPages = new ArrayList<>(List.of(
                "", "glossary", "search?q=xss+corpus", "search?q=" + URLEncoder.encode(payloads.get(0), UTF_8)));
        for (String slug : slugs) {
            for (String audience : List.of("patient", "clinician", "student")) {
                readerPages.add("articles/" + slug + "?audience=" + audience);
            }
        }
        for (String page : readerPages) {
            browser.get(base + page);
            assertNothingRan(page);
        }

        signIn(REVIEWER);
        List<String> editorPages = new ArrayList<>(List.of("editor"));
        for (String slug : slugs) {
            editorPages.add("editor/articles/" + slug);
            editorPages.add("editor/articles/" + slug + "/preview");
            editorPages.add("editor/articles/" + slug + "/preview?revision=2");
            editorPages.add("editor/articles/" + slug + "/diff?from=1&to=2");
        }
        for (String page : editorPages) {
            browser.get(base + page);
            assertNothingRan(page);
        }
        navigate(() -> browser.findElement(By.cssSelector(".signout button")).click());
        signIn(AUTHOR);
        browser.get(base + "editor/new");
        type(String.join("\n", payloads));
        navigate(() -> browser.findElement(By.cssSelector(".editor-form button[type=submit]"))
                .click());
        assertThat(browser.findElements(By.cssSelector(".source-lines li.has-problem")))
                .isNotEmpty();
        assertNothingRan("the problems of a file made of payloads");
    }

    @Test
    void anAdministratorManagesAccountsAndTheirPagesMeetWcagAndRunNoDisplayName() throws Exception {
        String axe = Files.readString(
                Path.of(System.getProperty("attune.axe", "src/test/browser/node_modules/axe-core/axe.min.js")));
        String hostile = "<img src=x onerror=window.__xss=1><script>window.__xss=2</script> Dr. Eve, MD";
        String username = "browser-made-" + System.nanoTime();
        signIn(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        navigate(() -> browser.findElement(By.linkText("Accounts")).click());
        assertThat(ReaderBrowserIT.violations(browser, axe))
                .as("axe-core on the accounts")
                .isEqualTo("[]");

        browser.findElement(By.id("account-username")).sendKeys(username);
        browser.findElement(By.id("account-display-name")).sendKeys(hostile);
        browser.findElement(By.cssSelector(".new-account-form input[value=reviewer]"))
                .click();
        navigate(() -> browser.findElement(By.cssSelector(".new-account-form button[type=submit]"))
                .click());

        assertNothingRan("the new account's page");
        assertThat(browser.findElement(By.cssSelector(".temporary-password")).getText())
                .hasSizeGreaterThanOrEqualTo(12);
        assertThat(browser.findElement(By.cssSelector(".account-display-name")).getText())
                .isEqualTo(hostile);
        assertThat(ReaderBrowserIT.violations(browser, axe))
                .as("axe-core on an account")
                .isEqualTo("[]");
        navigate(() -> browser.findElement(By.linkText("All accounts")).click());
        assertNothingRan("the accounts");
        assertThat(browser.findElement(By.cssSelector("tr[data-username='" + username + "'] .account-display-name"))
                        .getText())
                .isEqualTo(hostile);
        navigate(() -> browser.findElement(By.linkText("Your account")).click());
        assertThat(ReaderBrowserIT.violations(browser, axe))
                .as("axe-core on your account")
                .isEqualTo("[]");
    }

    /** No dialog, no flag set by a payload, no element or attribute a payload could have made. */
    private void assertNothingRan(String page) {
        try {
            browser.switchTo().alert();
            throw new AssertionError(page + ": a payload opened a dialog");
        } catch (NoAlertPresentException expected) {
            // what should happen
        }
        assertThat(browser.executeScript("return window.__xss === undefined"))
                .as(page + ": window.__xss")
                .isEqualTo(true);
        Object made = browser.executeScript("""
                const found = [];
                for (const e of document.querySelectorAll('*')) {
                  if (e.tagName.includes(':')) found.push(e.tagName);
                  for (const a of e.attributes) {
                    if (a.name.startsWith('on') || /^\\s*(javascript|data):/i.test(a.value) && a.name !== 'content')
                      found.push(e.tagName + ' ' + a.name + '=' + a.value);
                  }
                }
                document.querySelectorAll('script:not([type="application/ld+json"]), iframe, object, embed, svg, '
                    + 'math, base, marquee, video, audio, details[open], noscript, x, style, link:not([rel=stylesheet]), '
                    + 'meta[http-equiv]').forEach(e => found.push(e.outerHTML.slice(0, 80)));
                return found;
                """);
        assertThat((List<?>) made)
                .as(page + ": elements or attributes made by payloads")
                .isEmpty();
    }

    /** An article with the payloads in every field, approved with them in its comments, then revised again. */
    private String publishedWithPayloads(String slug, List<String> payloads) {
        StringBuilder file = new StringBuilder("---\nslug: ")
                .append(slug)
                .append("\ntitle: \"XSS corpus ")
                .append(yaml(String.join(" ", payloads)))
                .append("\"\ntags: [");
        file.append(String.join(
                ", ", payloads.stream().map(p -> "\"" + yaml(p) + "\"").toList()));
        file.append("]\nreferences:\n");
        for (int i = 0; i < payloads.size(); i++) {
            String p = yaml(payloads.get(i));
            file.append("  - number: ")
                    .append(i + 1)
                    .append("\n    type: other\n    title: \"")
                    .append(p)
                    .append("\"\n    source: \"")
                    .append(p)
                    .append("\"\n    year: 2024\n")
                    .append("    url: \"https://example.org/")
                    .append(p.replaceAll("\\s", "")) // an address has no spaces
                    .append("\"\n");
        }
        file.append("---\nBottom line ")
                .append(codeSpans(payloads))
                .append(" [1]\n")
                .append("> patient: Plain bottom line ")
                .append(codeSpans(payloads))
                .append(" [1]\n\n## Heading ")
                .append(codeSpans(payloads.subList(0, 3)))
                .append("\n\n");
        for (int i = 0; i < payloads.size(); i++) {
            String code = codeSpans(List.of(payloads.get(i)));
            file.append("- **Lead ")
                    .append(code)
                    .append(":** Statement ")
                    .append(code)
                    .append(" [")
                    .append(i + 1)
                    .append("]\n  > student: **Lead ")
                    .append(code)
                    .append(":** For students ")
                    .append(code)
                    .append(" [")
                    .append(i + 1)
                    .append("]\n");
        }
        String source = file.toString();
        String comment = json(String.join(" ", payloads));
        assertThat(api(AUTHOR, "POST", "/api/v1/articles", source, "text/markdown", null)
                        .statusCode())
                .as(slug + " is accepted")
                .isEqualTo(201);
        api(
                AUTHOR,
                "POST",
                "/api/v1/articles/" + slug + "/transitions",
                "{\"to\":\"submitted\",\"comment\":" + comment + "}",
                "application/json",
                null);
        api(
                REVIEWER,
                "POST",
                "/api/v1/articles/" + slug + "/transitions",
                "{\"to\":\"under-review\",\"comment\":" + comment + "}",
                "application/json",
                null);
        assertThat(api(
                                REVIEWER,
                                "POST",
                                "/api/v1/articles/" + slug + "/transitions",
                                "{\"to\":\"approved\",\"comment\":" + comment + "}",
                                "application/json",
                                null)
                        .statusCode())
                .isEqualTo(200);
        String etag = api(AUTHOR, "GET", "/api/v1/articles/" + slug + "/source", null, null, null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        assertThat(api(
                                AUTHOR,
                                "PUT",
                                "/api/v1/articles/" + slug + "/source",
                                source.replace("Bottom line", "Revised bottom line"),
                                "text/markdown",
                                etag)
                        .statusCode())
                .isEqualTo(200);
        return slug;
    }

    private static String yaml(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String codeSpans(List<String> payloads) {
        return String.join(" ", payloads.stream().map(p -> "`` " + p + " ``").toList());
    }

    private HttpResponse<String> api(
            String user, String method, String path, String body, String contentType, String ifMatch) {
        List<String> headers = new ArrayList<>(List.of("Authorization", Http.basic(user, PASSWORD)));
        if (contentType != null) {
            headers.addAll(List.of("Content-Type", contentType + "; charset=UTF-8"));
        }
        if (ifMatch != null) {
            headers.addAll(List.of("If-Match", ifMatch));
        }
        return body == null
                ? http.get(path, headers.toArray(String[]::new))
                : http.submit(method, path, body, headers.toArray(String[]::new));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static String article(String citation) {
        return """
                ---
                slug: does-swimming-help-back-pain
                title: Does swimming help chronic low back pain?
                tags: [back pain, exercise]
                references:
                  - number: 1
                    type: guideline
                    title: Exercise for chronic low back pain
                    source: Example Health Service
                    year: 2024
                  - number: 2
                    type: systematic-review
                    title: Aquatic exercise for chronic low back pain
                    source: Example Reviews
                    year: 2023
                ---
                Swimming and water exercise ease chronic low back pain a little, much as other exercise does. %s

                ## What the evidence shows

                - **Pain:** In 8 trials, water exercise reduced pain more than no exercise. [2]
                - **Medicines:** Exercise can lower the need for NSAIDs, which may upset the stomach. [1]
                """.formatted(citation);
    }

    private static int lineOf(String text, String wanted) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(wanted)) {
                return i + 1;
            }
        }
        throw new AssertionError(wanted + " not in the text");
    }

    private void signIn(String username) {
        signIn(username, PASSWORD);
    }

    private void signIn(String username, String password) {
        browser.get(base + "login?next=%2Feditor");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        navigate(() -> browser.findElement(By.cssSelector(".signin-form button[type=submit]"))
                .click());
        assertThat(browser.getCurrentUrl()).endsWith("/editor");
    }

    /** Replaces the article box's text (as pasting would; typing it key by key adds nothing to the test). */
    private void type(String text) {
        WebElement source = browser.findElement(By.id("source"));
        browser.executeScript("arguments[0].value = arguments[1];", source, text);
    }

    private void navigate(Runnable action) {
        Browsers.navigate(browser, action);
    }

    private void createAccount(String username, String role) {
        String body =
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]}";
        int status = http.submit(
                        "POST",
                        "/api/v1/users",
                        body,
                        "Content-Type",
                        "application/json",
                        "Authorization",
                        Http.basic(Deployments.ADMIN, Deployments.ADMIN_PASSWORD))
                .statusCode();
        assertThat(status).as("creating " + username).isIn(201, 409);
    }
}
