package org.attune.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class AcceptEncodingTest {

    @ParameterizedTest(name = "''{0}'' takes gzip: {1}")
    @CsvSource(delimiter = '|', value = {
            "gzip | true",
            "gzip, deflate, br | true",
            "br;q=1.0, GZIP;q=0.5 | true",
            "* | true",
            "gzip;q=0 | false",
            "gzip; q=0.0, identity | false",
            "deflate, br | false",
            "gzip;q=oops | false",
            "'' | false"})
    void readsTheHeader(String header, boolean gzip) {
        assertThat(AcceptEncoding.allowsGzip(header)).isEqualTo(gzip);
    }

    @ParameterizedTest
    @NullSource
    void noHeaderMeansNoGzip(String header) {
        assertThat(AcceptEncoding.allowsGzip(header)).isFalse();
    }
}
