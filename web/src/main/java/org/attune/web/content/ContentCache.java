package org.attune.web.content;

import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value built from the articles, kept until the content version moves ({@link ContentVersion}). Until then every
 * call returns the same value without loading anything. A value whose build overlapped a change is used once and not
 * kept, so nothing stale survives a change. Thread-safe; one build at a time.
 */
public final class ContentCache<T> {

    private final LongSupplier version;
    private final Supplier<T> build;
    private volatile Built<T> built;

    private record Built<T>(long version, T value) {}

    public ContentCache(LongSupplier version, Supplier<T> build) {
        this.version = Objects.requireNonNull(version, "version");
        this.build = Objects.requireNonNull(build, "build");
    }

    public T get() {
        Built<T> current = built;
        if (current != null && current.version() == version.getAsLong()) {
            return current.value();
        }
        synchronized (this) {
            long wanted = version.getAsLong();
            current = built;
            if (current != null && current.version() == wanted) {
                return current.value();
            }
            T value = build.get();
            built = new Built<>(wanted, value);
            return value;
        }
    }
}
