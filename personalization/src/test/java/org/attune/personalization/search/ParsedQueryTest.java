package org.attune.personalization.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a query is cut into the words searched for. */
class ParsedQueryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Bed REST                          | bed rest
            lumbar supports                   | lumbar support
            therapies                         | therapy
            boxes and patches                 | box patch
            the patient's stress              | patient stress
            the heat’s effect                 | heat effect
            diagnosis status                  | diagnosis status
            What is the purpose of PT?        | purpose pt
            pain, pain and PAIN               | pain
            <script>alert(1)</script>         | script alert 1
            10 points                         | 10 point
            """)
    void wordsAreLowerCasedSingularAndFreeOfCommonWords(String typed, String words) {
        ParsedQuery query = ParsedQuery.parse(typed, SearchIndex.MAX_QUERY_LENGTH);

        assertThat(query.problem()).isNull();
        assertThat(String.join(" ", query.distinctWords())).isEqualTo(words);
    }
}
