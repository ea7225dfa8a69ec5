package org.attune.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.junit.jupiter.api.Test;

/** Every message key a template uses exists in the bundle, so no page ever shows "??key??". */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");

    @Test
    void everyLiteralMessageKeyInTheTemplatesIsDefined() throws IOException {
        Properties messages = messages();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = LITERAL_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!messages.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyAudienceHasItsLabelDescriptionAndDisclaimer() throws IOException {
        Properties messages = messages();
        for (AudienceProfile audience : AudienceProfiles.builtIn().all()) {
            for (String part : List.of("label", "description", "disclaimer", "disclaimer.heading")) {
                assertThat(messages).containsKey("audience." + audience.id() + "." + part);
            }
        }
    }

    @Test
    void javaFormatsAMessageAsTheTemplatesDo() {
        assertThat(Messages.format(PageLanguage.first(), "infobutton.title.name", "heat"))
                .isEqualTo("Attune articles for \u201cheat\u201d");
        assertThat(Messages.format(PageLanguage.first(), "infobutton.title.code", "SNOMED CT", "278860009"))
                .isEqualTo("Attune articles for SNOMED CT 278860009");
    }

    private static Properties messages() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream("messages.properties")) {
            messages.load(in);
        }
        return messages;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }
}
