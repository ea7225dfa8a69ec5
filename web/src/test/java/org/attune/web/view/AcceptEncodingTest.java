package org.attune.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class AcceptEncodingTest {

    @Test
    void gzipIsTakenWhenListedWithoutAZeroQuality() {
        assertThat(List.of("gzip", "gzip, deflate, br", "br;q=1.0, GZIP;q=0.5", "x-gzip", "*"))
                .allMatch(AcceptEncoding::allowsGzip);
    }

    @Test
    void gzipRefusedUnreadableOrNotAskedForIsNotTaken() {
        assertThat(Arrays.asList("gzip;q=0", "gzip; q=0.0, identity", "deflate, br", "gzip;q=oops", "", null))
                .noneMatch(AcceptEncoding::allowsGzip);
    }
}
