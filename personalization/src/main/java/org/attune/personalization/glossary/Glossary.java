package org.attune.personalization.glossary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable set of entries, possibly built from several layers. Entries are kept in precedence order: a later
 * entry wins over an earlier one wherever both claim the same form. Layering with {@link #overriddenBy} replaces
 * entries with the same term and puts the overriding layer last, so its forms win.
 */
public final class Glossary {

    private final String name;
    private final List<GlossaryEntry> entries;
    private final Map<String, GlossaryEntry> byKey;

    private Glossary(String name, List<GlossaryEntry> entries) {
        this.name = name;
        Map<String, GlossaryEntry> map = new LinkedHashMap<>();
        for (GlossaryEntry entry : entries) {
            map.remove(entry.key());
            map.put(entry.key(), entry);
        }
        this.byKey = Collections.unmodifiableMap(map);
        this.entries = List.copyOf(map.values());
    }

    /** A single layer; if two entries share a term the later one is kept. */
    public static Glossary of(String name, List<GlossaryEntry> entries) {
        return new Glossary(name, entries);
    }

    public static Glossary empty() {
        return new Glossary("empty", List.of());
    }

    /** This glossary with {@code layer} on top: its entries replace ours with the same term and win every form. */
    public Glossary overriddenBy(Glossary layer) {
        List<GlossaryEntry> merged = new ArrayList<>(entries);
        merged.addAll(layer.entries);
        return new Glossary(name + " + " + layer.name, merged);
    }

    /** This glossary without the entries for these terms (a hospital layer can withdraw a built-in term). */
    public Glossary without(List<String> terms) {
        List<String> keys = terms.stream().map(GlossaryEntry::keyOf).toList();
        return new Glossary(
                name, entries.stream().filter(e -> !keys.contains(e.key())).toList());
    }

    public String name() {
        return name;
    }

    /** In precedence order: lowest first. */
    public List<GlossaryEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The entry for a term (case, hyphens and spacing ignored). */
    public Optional<GlossaryEntry> find(String term) {
        return Optional.ofNullable(byKey.get(GlossaryEntry.keyOf(term)));
    }

    @Override
    public String toString() {
        return name + " (" + entries.size() + " entries)";
    }
}
