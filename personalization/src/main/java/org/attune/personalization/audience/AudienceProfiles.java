package org.attune.personalization.audience;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The audiences offered, in display order. Loaded from a small tab-separated file so a hospital can relabel,
 * reorder or drop one without code: {@code id<TAB>style<TAB>schema.org audience[<TAB>label<TAB>description]},
 * '#' starts a comment line. The built-in file is {@code org/attune/personalization/audience/audiences.tsv}; its
 * audiences have no label of their own (the application's message bundle names them).
 */
public final class AudienceProfiles {

    private static final String BUILT_IN = "audiences.tsv";

    private final List<AudienceProfile> profiles;

    private AudienceProfiles(List<AudienceProfile> profiles) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("at least one audience is needed");
        }
        this.profiles = List.copyOf(profiles);
    }

    public static AudienceProfiles of(List<AudienceProfile> profiles) {
        Set<String> ids = new HashSet<>();
        for (AudienceProfile p : profiles) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("audience " + p.id() + " is listed twice");
            }
        }
        return new AudienceProfiles(profiles);
    }

    /** Patient, clinician and student as shipped. */
    public static AudienceProfiles builtIn() {
        try (InputStream in = AudienceProfiles.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return load(BUILT_IN, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the tab-separated format; errors name the source and line. */
    public static AudienceProfiles load(String sourceName, Reader reader) throws IOException {
        List<AudienceProfile> profiles = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3 && cells.length != 5) {
                throw new IllegalArgumentException(sourceName + ":" + number + ": expected id<TAB>style<TAB>schema.org"
                        + " audience, optionally followed by <TAB>label<TAB>description; found " + cells.length
                        + " cells");
            }
            try {
                profiles.add(new AudienceProfile(
                        cells[0].strip(),
                        RewriteStyle.fromCode(cells[1]),
                        SchemaAudience.parse(cells[2]),
                        cells.length == 5 ? cells[3] : null,
                        cells.length == 5 ? cells[4] : null));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(sourceName + ":" + number + ": " + e.getMessage(), e);
            }
        }
        return of(profiles);
    }

    /** In display order. */
    public List<AudienceProfile> all() {
        return profiles;
    }

    public Optional<AudienceProfile> byId(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The profile with this id; unknown ids are an error (use {@link #byId} for user input). */
    public AudienceProfile get(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("no audience '" + id + "'"));
    }
}
