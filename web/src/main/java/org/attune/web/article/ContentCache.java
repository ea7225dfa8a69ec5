package org.attune.web.article;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value built from the articles, kept until it is told they changed ({@link #invalidate()}, called by an
 * observer of {@link ArticlesChanged}). Until then every call returns the same value without loading anything.
 * A value whose build overlapped an invalidation is used once and not kept, so nothing stale survives a change.
 * Thread-safe; one build at a time.
 */
public final class ContentCache<T> {

    private final Supplier<T> build;
    private final AtomicLong generation = new AtomicLong();
    private volatile Built<T> built;

    private record Built<T>(long generation, T value) {
    }

    public ContentCache(Supplier<T> build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    public T get() {
        Built<T> current = built;
        if (current != null && current.generation() == generation.get()) {
            return current.value();
        }
        synchronized (this) {
            long wanted = generation.get();
            current = built;
            if (current != null && current.generation() == wanted) {
                return current.value();
            }
            T value = build.get();
            built = new Built<>(wanted, value);
            return value;
        }
    }

    /** The articles changed: the next {@link #get()} builds again. */
    public void invalidate() {
        generation.incrementAndGet();
    }
}
