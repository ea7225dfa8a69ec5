package org.attune.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every sentence a page shows comes from a message bundle, in every language (after Spring PetClinic's test of the
 * same name): each {@code messages_*.properties} has exactly the keys of {@code messages.properties}, and no
 * template has literal user-visible text that no {@code th:*} attribute replaces. Prototype text inside an element
 * whose {@code th:text} (or {@code th:utext}, {@code th:replace}, ...) replaces it is allowed: that is what makes
 * templates natural.
 */
class I18nPropertiesSyncTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");

    /**
     * What is not language and so may stay literal in a template: punctuation (including {@code ·}), symbols and
     * numbers, with any white space between them. The one allow-list; anything else is a message key.
     */
    static final Pattern NOT_LANGUAGE = Pattern.compile("[\\p{P}\\p{S}\\p{N}\\s]*");

    /** Thymeleaf's inlined expressions in text: {@code [[#{key}]]}, {@code [(${value})]}. */
    private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

    /** Attributes a reader sees or hears. */
    private static final List<String> VISIBLE_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label");

    /** Attributes whose processors replace an element's whole body. */
    private static final List<String> REPLACING_BODY = List.of("th:text", "th:utext", "th:replace", "th:insert");

    // ---- Locale files ----------------------------------------------------------------------------------------

    @Test
    void everyLocaleFileHasExactlyTheKeysOfTheDefaultBundle() throws IOException {
        Properties base = load(RESOURCES.resolve("messages.properties"));
        assertThat(base).isNotEmpty();
        List<String> differences = new ArrayList<>();
        for (Path locale : localeFiles()) {
            differences.addAll(keyDifferences(locale.getFileName().toString(), base, load(locale)));
        }
        assertThat(differences).isEmpty();
    }

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a=A\\nb=B | a=X\\nb=Y | ''",
                "a=A\\nb=B | a=X       | missing b",
                "a=A       | a=X\\nc=Z | extra c",
                "a=A\\nb=B | b=Y\\nc=Z | missing a, extra c",
            })
    void aLocaleFileMissingOrAddingAKeyIsReported(String base, String locale, String expected) throws IOException {
        List<String> differences =
                keyDifferences("messages_xx.properties", properties(unescape(base)), properties(unescape(locale)));
        assertThat(String.join(
                        ", ",
                        differences.stream()
                                .map(d -> d.substring("messages_xx.properties: ".length()))
                                .toList()))
                .isEqualTo(expected == null ? "" : expected);
    }

    /** What a locale file lacks ({@code missing key}) or has that the default bundle does not ({@code extra key}). */
    static List<String> keyDifferences(String name, Properties base, Properties locale) {
        List<String> differences = new ArrayList<>();
        for (String key : new TreeSet<>(base.stringPropertyNames())) {
            if (!locale.containsKey(key)) {
                differences.add(name + ": missing " + key);
            }
        }
        for (String key : new TreeSet<>(locale.stringPropertyNames())) {
            if (!base.containsKey(key)) {
                differences.add(name + ": extra " + key);
            }
        }
        return differences;
    }

    // ---- Templates -------------------------------------------------------------------------------------------

    @Test
    void noTemplateHasLiteralUserVisibleText() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path template : templates()) {
            String name = TEMPLATES.relativize(template).toString();
            literalText(Files.readString(template)).forEach(text -> literal.add(name + ": " + text));
        }
        assertThat(literal).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "<p>Hello</p>                                              | Hello",
                "<p th:text=\"#{hello}\">Hello</p>                          | ''",
                "<p th:text=\"#{hello}\">Hello <b>there</b></p>             | ''",
                "<p th:if=\"${x}\">Hello</p>                                | Hello",
                "<p>[[#{hello}]] · 3</p>                                   | ''",
                "<p>[[#{hello}]] and more</p>                              | and more",
                "<p>· – 12 / 3</p>                                         | ''",
                "<header th:replace=\"~{site :: header}\">Site header</header> | ''",
                "<img alt=\"A picture\">                                    | alt=\"A picture\"",
                "<img alt=\"A picture\" th:alt=\"#{picture}\">               | ''",
                "<a title=\"Go\" th:attr=\"title=#{go}\">x</a>              | x",
                "<input type=\"search\" placeholder=\"Search\">             | placeholder=\"Search\"",
                "<input type=\"submit\" value=\"Send\">                     | value=\"Send\"",
                "<input type=\"hidden\" value=\"send\">                     | ''",
                "<button value=\"Send\" th:value=\"#{send}\">Send</button>  | Send",
                "<nav aria-label=\"Site\"><a th:text=\"#{home}\">Home</a></nav> | aria-label=\"Site\"",
            })
    void literalTextIsFoundWhereNothingReplacesIt(String html, String expected) {
        assertThat(String.join(", ", literalText(html))).isEqualTo(expected == null ? "" : expected);
    }

    /** The user-visible text in a template that no Thymeleaf attribute replaces. */
    static List<String> literalText(String html) {
        Document document =
                Jsoup.parse(html, "", Parser.htmlParser().settings(org.jsoup.parser.ParseSettings.preserveCase));
        List<String> literal = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            for (TextNode text : element.textNodes()) {
                String words =
                        INLINED.matcher(text.getWholeText()).replaceAll("").strip();
                if (!NOT_LANGUAGE.matcher(words).matches() && !bodyReplaced(element)) {
                    literal.add(words.replaceAll("\\s+", " "));
                }
            }
            for (String attribute : visibleAttributes(element)) {
                String value = element.attr(attribute);
                if (!NOT_LANGUAGE.matcher(value).matches() && !attributeReplaced(element, attribute)) {
                    literal.add(attribute + "=\"" + value + "\"");
                }
            }
        }
        return literal;
    }

    private static List<String> visibleAttributes(Element element) {
        List<String> attributes = new ArrayList<>(VISIBLE_ATTRIBUTES);
        String type = element.attr("type").toLowerCase(java.util.Locale.ROOT);
        if (element.normalName().equals("button")
                || (element.normalName().equals("input")
                        && Set.of("submit", "button", "reset").contains(type))) {
            attributes.add("value");
        }
        return attributes.stream().filter(element::hasAttr).toList();
    }

    /**
     * Whether Thymeleaf replaces this element's body, or removes it, or replaces an element around it. A page's
     * {@code <html th:replace="~{layout :: layout(..., ~{::main})}">} does not count: its parts are what is shown.
     */
    private static boolean bodyReplaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.normalName().equals("html")) {
                return false;
            }
            boolean replaces = REPLACING_BODY.stream().anyMatch(e::hasAttr)
                    || Set.of("all", "body").contains(e.attr("th:remove"));
            if (replaces) {
                return true;
            }
        }
        return false;
    }

    private static boolean attributeReplaced(Element element, String attribute) {
        if (element.hasAttr("th:" + attribute)
                || Pattern.compile("(^|,)\\s*" + Pattern.quote(attribute) + "\\s*=")
                        .matcher(element.attr("th:attr"))
                        .find()) {
            return true;
        }
        Element parent = element.parent();
        return element.hasAttr("th:replace")
                || "all".equals(element.attr("th:remove"))
                || (parent != null && bodyReplaced(parent));
    }

    // ---- Files -----------------------------------------------------------------------------------------------

    private static List<Path> localeFiles() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().matches("messages_.+\\.properties"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        }
        return properties;
    }

    private static Properties properties(String text) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n");
    }
}
