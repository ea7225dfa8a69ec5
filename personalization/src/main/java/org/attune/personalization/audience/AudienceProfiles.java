package org.attune.personalization.audience;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The audiences offered, in display order. Loaded from a small tab-separated file so a hospital can relabel,
 * reorder, drop or add one without code:
 * {@code id<TAB>style<TAB>schema.org audience[<TAB>label<TAB>description][<TAB>informationRecipient=PAT,...]},
 * '#' starts a comment line. The built-in file is {@code org/attune/personalization/audience/audiences.tsv}; its
 * audiences have no label of their own (the application's message bundle names them). A file that names no
 * {@code informationRecipient} at all (one written before there was such a cell) keeps the built-in file's: each
 * of its audiences answers the codes the built-in audience with the same id answers.
 */
public final class AudienceProfiles {

    private static final String BUILT_IN = "audiences.tsv";
    private static final String RECIPIENTS = "informationRecipient=";

    private final List<AudienceProfile> profiles;

    private AudienceProfiles(List<AudienceProfile> profiles) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("at least one audience is needed");
        }
        this.profiles = List.copyOf(profiles);
    }

    public static AudienceProfiles of(List<AudienceProfile> profiles) {
        Set<String> ids = new HashSet<>();
        Map<String, String> answering = new HashMap<>();
        for (AudienceProfile p : profiles) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("audience " + p.id() + " is listed twice");
            }
            for (String code : p.recipients()) {
                String other = answering.putIfAbsent(code, p.id());
                if (other != null) {
                    throw new IllegalArgumentException(
                            "informationRecipient " + code + " is answered by both " + other + " and " + p.id());
                }
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
            return read(BUILT_IN, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the tab-separated format; errors name the source and line. */
    public static AudienceProfiles load(String sourceName, Reader reader) throws IOException {
        AudienceProfiles own = read(sourceName, reader);
        if (own.profiles.stream().anyMatch(p -> !p.recipients().isEmpty())) {
            return own;
        }
        AudienceProfiles builtIn = builtIn();
        return of(own.profiles.stream()
                .map(p -> p.answering(
                        builtIn.byId(p.id()).map(AudienceProfile::recipients).orElse(List.of())))
                .toList());
    }

    private static AudienceProfiles read(String sourceName, Reader reader) throws IOException {
        List<AudienceProfile> profiles = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(line.split("\t", -1)));
            List<String> recipients = List.of();
            if (cells.size() > 3 && cells.get(cells.size() - 1).strip().startsWith(RECIPIENTS)) {
                recipients = codes(cells.remove(cells.size() - 1).strip().substring(RECIPIENTS.length()));
            }
            if (cells.size() != 3 && cells.size() != 5) {
                throw new IllegalArgumentException(sourceName + ":" + number + ": expected id<TAB>style<TAB>schema.org"
                        + " audience, optionally followed by <TAB>label<TAB>description and <TAB>" + RECIPIENTS
                        + "codes; found " + cells.size() + " cells");
            }
            try {
                profiles.add(new AudienceProfile(
                        cells.get(0).strip(),
                        RewriteStyle.fromCode(cells.get(1)),
                        SchemaAudience.parse(cells.get(2)),
                        cells.size() == 5 ? cells.get(3) : null,
                        cells.size() == 5 ? cells.get(4) : null,
                        recipients));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(sourceName + ":" + number + ": " + e.getMessage(), e);
            }
        }
        try {
            return of(profiles);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(sourceName + ": " + e.getMessage(), e);
        }
    }

    /** The comma-separated codes of an {@code informationRecipient=} cell. */
    private static List<String> codes(String written) {
        return Arrays.stream(written.split(","))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .toList();
    }

    /** The audience a clinical system's infobutton gets for this {@code informationRecipient} code, if any. */
    public Optional<AudienceProfile> answering(String recipient) {
        return profiles.stream().filter(p -> p.answers(recipient)).findFirst();
    }

    /** Every {@code informationRecipient} code these audiences answer, in display order. */
    public List<String> recipients() {
        return profiles.stream().flatMap(p -> p.recipients().stream()).toList();
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
