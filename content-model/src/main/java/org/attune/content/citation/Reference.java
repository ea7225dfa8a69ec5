package org.attune.content.citation;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A numbered entry of an article's reference list. */
public class Reference {

    /** The largest reference number; a larger number in a citation cites nothing. */
    public static final int MAX_NUMBER = 9999;

    /** The most digits of a PubMed identifier: PubMed numbers its articles, and nine digits count to a billion. */
    public static final int MAX_PMID_DIGITS = 9;

    /** A DOI: "10.", the registrant's number (itself perhaps dotted), a slash, the suffix (no spaces). */
    private static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}(?:\\.[0-9]+)*/\\S+");

    private static final Pattern PMID = Pattern.compile("[0-9]{1," + MAX_PMID_DIGITS + "}");

    private Long id;
    private int number;
    private ReferenceType type;
    private String title;
    private String source;
    private int year;
    private String doi;
    private String pmid;
    private String url;

    protected Reference() {
        // for JPA
    }

    public Reference(int number, ReferenceType type, String title, String source, int year) {
        this(number, type, title, source, year, null, null, null);
    }

    public Reference(
            int number,
            ReferenceType type,
            String title,
            String source,
            int year,
            String doi,
            String pmid,
            String url) {
        if (number < 1) {
            throw new IllegalArgumentException("reference number must be 1 or more, was " + number);
        }
        this.number = number;
        this.type = Objects.requireNonNull(type, "type");
        this.title = requireText(title, "title");
        this.source = requireText(source, "source");
        this.year = year;
        this.doi = blankToNull(doi);
        this.pmid = blankToNull(pmid);
        this.url = blankToNull(url);
        if (this.url != null && !isWebAddress(this.url)) {
            throw new IllegalArgumentException("reference url must be an http:// or https:// address");
        }
    }

    /** A DOI as a DOI is written, e.g. {@code 10.7326/M16-2367}: not a link to it, no {@code doi:} in front. */
    public static boolean isDoi(String doi) {
        return DOI.matcher(doi.strip()).matches();
    }

    /** A PubMed identifier: digits only, at most {@link #MAX_PMID_DIGITS}. */
    public static boolean isPubMedId(String pmid) {
        return PMID.matcher(pmid.strip()).matches();
    }

    /** Only web addresses are linked from a reference: never {@code javascript:} or other schemes. */
    public static boolean isWebAddress(String url) {
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://"))
                && lower.length() > "https://".length()
                && lower.chars().noneMatch(c -> c <= ' ');
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("reference " + name + " must not be blank");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public int number() {
        return number;
    }

    /** The fragment identifier of this reference in the article page, e.g. {@code ref-3}. */
    public String anchor() {
        return "ref-" + number;
    }

    public ReferenceType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String source() {
        return source;
    }

    public int year() {
        return year;
    }

    public Optional<String> doi() {
        return Optional.ofNullable(doi);
    }

    public Optional<String> pmid() {
        return Optional.ofNullable(pmid);
    }

    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reference other
                && number == other.number
                && year == other.year
                && type == other.type
                && title.equals(other.title)
                && source.equals(other.source)
                && Objects.equals(doi, other.doi)
                && Objects.equals(pmid, other.pmid)
                && Objects.equals(url, other.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, type, title, source, year, doi, pmid, url);
    }

    @Override
    public String toString() {
        return "[" + number + "] " + title + ", " + source + ", " + year;
    }
}
