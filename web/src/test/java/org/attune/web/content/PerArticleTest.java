package org.attune.web.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Values built per article: after a change, only the changed article's value is built again. */
class PerArticleTest {

    private final AtomicLong version = new AtomicLong();
    private final AtomicLong allArticles = new AtomicLong();
    private final Map<String, Long> articleVersions = new HashMap<>();
    private final List<String> built = new ArrayList<>();
    private final PerArticle<String> values = new PerArticle<>(
            version::get, slug -> Math.max(allArticles.get(), articleVersions.getOrDefault(slug, 0L)), () -> {});

    @Test
    void onlyTheChangedArticleIsBuiltAgain() {
        buildAll("walking", "heat");

        publish("walking");
        buildAll("walking", "heat");

        assertThat(built).containsExactly("walking", "heat", "walking");
    }

    @Test
    void aChangeNamingNoArticleBuildsEveryArticleAgain() {
        buildAll("walking", "heat");

        allArticles.set(version.incrementAndGet()); // as a change from another instance that names none
        buildAll("walking", "heat");

        assertThat(built).containsExactly("walking", "heat", "walking", "heat");
    }

    @Test
    void aValueBuiltFromAnArticleLoadedBeforeAChangeIsNotReusedAfterIt() {
        long stamp = values.stamp(); // taken, then the article loaded: the old text
        publish("walking"); // committed and announced before the value is built
        values.get("walking", stamp, () -> build("walking"));

        buildAll("walking");

        assertThat(built).containsExactly("walking", "walking");
    }

    @Test
    void anArticleNoLongerShownIsForgotten() {
        buildAll("walking", "heat");

        values.retainOnly(List.of("heat"));
        buildAll("walking", "heat");

        assertThat(built).containsExactly("walking", "heat", "walking");
    }

    private void publish(String slug) {
        articleVersions.put(slug, version.incrementAndGet());
    }

    private void buildAll(String... slugs) {
        long stamp = values.stamp();
        for (String slug : slugs) {
            values.get(slug, stamp, () -> build(slug));
        }
    }

    private String build(String slug) {
        built.add(slug);
        return slug;
    }
}
