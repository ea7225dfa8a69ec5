package org.attune.web.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorServletTest {

    @ParameterizedTest
    @CsvSource({
        "400, request",
        "403, forbidden",
        "404, not-found",
        "405, method",
        "413, too-large",
        "500, server",
        "501, method",
        "503, server"
    })
    void eachStatusIsExplainedInWordsForIt(int status, String kind) {
        assertThat(ErrorServlet.kind(status)).isEqualTo(kind);
    }

    @Test
    void everyErrorStatusHasATitleAndAText() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages.properties")) {
            messages.load(in);
        }
        IntStream.range(400, 600)
                .mapToObj(ErrorServlet::kind)
                .distinct()
                .forEach(kind -> assertThat(messages).containsKeys("error.title." + kind, "error.text." + kind));
    }
}
