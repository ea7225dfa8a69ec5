package org.attune.web.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ContentCacheTest {

    final AtomicLong version = new AtomicLong();
    final AtomicInteger builds = new AtomicInteger();

    @Test
    void buildsOnceUntilTheContentVersionMoves() {
        ContentCache<Integer> cache = new ContentCache<>(version::get, builds::incrementAndGet);

        assertThat(cache.get()).isEqualTo(1);
        assertThat(cache.get()).isEqualTo(1);
        version.incrementAndGet();
        assertThat(cache.get()).isEqualTo(2);
        assertThat(cache.get()).isEqualTo(2);
        assertThat(builds).hasValue(2);
    }

    @Test
    void aValueBuiltWhileTheArticlesChangedIsNotKept() {
        ContentCache<Integer> cache = new ContentCache<>(version::get, () -> {
            int n = builds.incrementAndGet();
            if (n == 1) {
                version.incrementAndGet(); // a publish lands while the first build reads the old articles
            }
            return n;
        });

        assertThat(cache.get()).isEqualTo(1);
        assertThat(cache.get())
                .as("built again: the first value may predate the change")
                .isEqualTo(2);
        assertThat(cache.get()).isEqualTo(2);
    }
}
