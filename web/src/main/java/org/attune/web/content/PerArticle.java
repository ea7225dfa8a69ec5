package org.attune.web.content;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Values built from one article each (its search documents, its glossary terms), kept until that article changes:
 * what is built from all the articles (the search index, the glossary) is then assembled again from the kept values,
 * and only a changed article's value is built again. Thread-safe.
 *
 * <p>A caller takes a {@link #stamp} before loading the articles, and builds or reuses each article's value with it:
 * a value is kept with the stamp it was built under, and reused while no change of its article has been announced
 * since ({@link ContentVersion#ofArticle} not past the stamp). Since the version moves only after a change has
 * committed, an article loaded after the stamp was taken is at least as new as every change counted by it.
 */
public final class PerArticle<T> {

    private final LongSupplier current;
    private final ToLongFunction<String> ofArticle;
    private final Runnable onBuild;
    private final Map<String, Kept<T>> kept = new ConcurrentHashMap<>();

    private record Kept<T>(long stamp, T value) {}

    public PerArticle(ContentVersion version) {
        this(version, () -> {});
    }

    /** Values kept per article, {@code onBuild} told of each one built (for a metric). */
    public PerArticle(ContentVersion version, Runnable onBuild) {
        this(version::current, version::ofArticle, onBuild);
    }

    PerArticle(LongSupplier current, ToLongFunction<String> ofArticle, Runnable onBuild) {
        this.current = Objects.requireNonNull(current, "current");
        this.ofArticle = Objects.requireNonNull(ofArticle, "ofArticle");
        this.onBuild = Objects.requireNonNull(onBuild, "onBuild");
    }

    /** The stamp to build with: take it before loading the articles the values are built from. */
    public long stamp() {
        return current.getAsLong();
    }

    /** The article's value: the kept one if the article has not changed since it was built, else built now. */
    public T get(String slug, long stamp, Supplier<T> build) {
        Kept<T> value = kept.get(slug);
        if (value != null && ofArticle.applyAsLong(slug) <= value.stamp()) {
            return value.value();
        }
        T built = build.get();
        onBuild.run();
        kept.merge(slug, new Kept<>(stamp, built), (old, made) -> old.stamp() > made.stamp() ? old : made);
        return built;
    }

    /** Forgets the values of articles readers are no longer shown. */
    public void retainOnly(Collection<String> slugs) {
        Set<String> shown = Set.copyOf(slugs);
        kept.keySet().removeIf(slug -> !shown.contains(slug));
    }

    /** Forgets every value (what they are built from besides the articles changed: the glossary, the audiences). */
    public void clear() {
        kept.clear();
    }
}
