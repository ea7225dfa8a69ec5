package org.attune.personalization.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.attune.personalization.BuiltInEngine;
import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.audience.AudienceProfiles;
import org.attune.personalization.readability.Readability;
import org.attune.personalization.readability.ReadabilityAnalyzer;
import org.attune.personalization.rewrite.ArticleRewriter;
import org.attune.personalization.rewrite.RewrittenText;

/**
 * {@code attune-personalize --audience patient [--format json|text] [FILE]}: reads UTF-8 plain text, one paragraph
 * per line (citation markers such as [1, 3] allowed), from FILE or standard input, and writes one line per input
 * line: a JSON object {@code {"text":…,"numbers":[…],"grade":{"fkgl":…,"smog":…}}} — {@code text} what the reader
 * reads, {@code numbers} the statistics moved out of it, {@code grade} Flesch–Kincaid and SMOG of {@code text}
 * without its citation markers — or, with {@code --format text}, the text only. A blank line gives an empty result.
 * Exit status 0, 1 when the file cannot be read, 2 for a usage error.
 */
public final class PersonalizeCommand {

    static final String USAGE = "usage: attune-personalize --audience patient|student|clinician [--format json|text]"
            + " [FILE]\n  reads one paragraph per line from FILE or standard input";

    private final ArticleRewriter engine;
    private final AudienceProfiles audiences;

    PersonalizeCommand(ArticleRewriter engine, AudienceProfiles audiences) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.audiences = Objects.requireNonNull(audiences, "audiences");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = new PersonalizeCommand(BuiltInEngine.rewriter(), AudienceProfiles.builtIn())
                .run(args, System.in, out, err);
        out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command; returns the exit status. */
    int run(String[] args, InputStream stdin, Writer out, PrintWriter err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options.help()) {
            err.println(USAGE);
            return 0;
        }
        Optional<AudienceProfile> audience = audiences.byId(options.audience());
        if (audience.isEmpty()) {
            err.println("unknown audience '" + options.audience() + "' (known: "
                    + audiences.all().stream().map(AudienceProfile::id).toList() + ")");
            return 2;
        }
        try (Reader reader = options.file() == null
                ? new InputStreamReader(stdin, StandardCharsets.UTF_8)
                : Files.newBufferedReader(options.file(), StandardCharsets.UTF_8)) {
            BufferedReader lines = new BufferedReader(reader);
            String line;
            while ((line = lines.readLine()) != null) {
                out.write(line(line, audience.get(), options.textOnly()));
                out.write('\n');
            }
            out.flush();
            return 0;
        } catch (NoSuchFileException e) {
            err.println("no such file: " + e.getFile());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("cannot read " + (options.file() == null ? "standard input" : options.file()) + ": "
                    + e.getMessage());
            return 1;
        }
    }

    /** One input paragraph as the output line (without its line break). */
    String line(String paragraph, AudienceProfile audience, boolean textOnly) {
        if (paragraph.isBlank()) {
            return textOnly ? "" : JsonLine.of("", List.of(), 0, 0);
        }
        RewrittenText rewritten = engine.rewrite(paragraph, audience);
        if (textOnly) {
            return rewritten.display();
        }
        Readability grade = ReadabilityAnalyzer.analyze(rewritten.withoutCitations());
        return JsonLine.of(rewritten.display(), rewritten.numbers(), grade.fleschKincaidGrade(), grade.smog());
    }

    /** The command's options. */
    record Options(String audience, boolean textOnly, Path file, boolean help) {

        static Options parse(String[] args) {
            String audience = null;
            boolean textOnly = false;
            Path file = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "-h", "--help" -> {
                        return new Options(null, false, null, true);
                    }
                    case "--audience" -> audience = value(args, ++i, arg);
                    case "--format" -> {
                        String format = value(args, ++i, arg);
                        if (!format.equals("json") && !format.equals("text")) {
                            throw new IllegalArgumentException("--format is json or text, not '" + format + "'");
                        }
                        textOnly = format.equals("text");
                    }
                    default -> {
                        if (arg.startsWith("-") && !arg.equals("-")) {
                            throw new IllegalArgumentException("unknown option " + arg);
                        }
                        if (file != null) {
                            throw new IllegalArgumentException("one FILE at most");
                        }
                        file = arg.equals("-") ? null : Path.of(arg);
                    }
                }
            }
            if (audience == null) {
                throw new IllegalArgumentException("--audience is required");
            }
            return new Options(audience, textOnly, file, false);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
