package org.attune.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ContentCacheTest {

    final AtomicInteger builds = new AtomicInteger();

    @Test
    void buildsOnceUntilToldTheArticlesChanged() {
        ContentCache<Integer> cache = new ContentCache<>(builds::incrementAndGet);

        assertThat(cache.get()).isEqualTo(1);
        assertThat(cache.get()).isEqualTo(1);
        cache.invalidate();
        assertThat(cache.get()).isEqualTo(2);
        assertThat(cache.get()).isEqualTo(2);
        assertThat(builds).hasValue(2);
    }

    @Test
    void aValueBuiltWhileTheArticlesChangedIsNotKept() {
        ContentCache<Integer>[] cache = new ContentCache[1];
        cache[0] = new ContentCache<>(() -> {
            int n = builds.incrementAndGet();
            if (n == 1) {
                cache[0].invalidate(); // a publish lands while the first build reads the old articles
            }
            return n;
        });

        assertThat(cache[0].get()).isEqualTo(1);
        assertThat(cache[0].get()).as("built again: the first value may predate the change").isEqualTo(2);
        assertThat(cache[0].get()).isEqualTo(2);
    }
}
