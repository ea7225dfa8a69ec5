package org.attune.personalization.glossary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Converts {@code shared/data/terminology/cdc_plain_language_thesaurus.tsv} into the shipped glossary resource
 * {@code cdc-plain-language.glossary}. Test-scope tool; regenerate with
 * <pre>
 * mvn -q -pl personalization test-compile exec:java ... (or run main from the IDE) with arguments
 *   personalization/src/test/resources/terminology/cdc_plain_language_thesaurus.tsv (a copy of shared/data/terminology)
 *   personalization/src/main/resources/org/attune/personalization/glossary/cdc-plain-language.glossary
 * </pre>
 * {@code CdcGlossaryTest} fails if the shipped file differs from what this converter makes.
 *
 * <p>The filter (documented in GLOSSARY-FORMAT.md): a row is kept when it has something to say (a plain wording or a
 * definition) and is medical: it has a definition, or its term matches a medical word stem ({@link #MEDICAL}), or
 * it is rescued by hand ({@link #MEDICAL_BY_REVIEW}); a row is dropped, whatever the rules say, when it is an
 * everyday word or its only plain wording is unsafe as a drop-in ({@link #EVERYDAY_OR_UNSAFE}) or it is a proper
 * name or a unit.
 */
public final class CdcThesaurusConverter {

    static final String SOURCE =
            "CDC Plain Language Thesaurus for Health Communications (stacks.cdc.gov/view/cdc/11500)";

    static final Pattern MEDICAL = Pattern.compile("(?i)(itis|osis|emia|olog|ectomy|pathy|cardi|neur|derm|hepat|"
            + "renal|pulmon|immun|vaccin|virus|viral|bacteri|infect|syndrome|disease|therap|medic|clinic|surg|"
            + "diagnos|symptom|pharm|tumor|cancer|arthr|respirat|lung|sclerosis|ortho|physic|psych|toxic|allerg|"
            + "asthma|pathogen|epidem|pandem|influenza|flu|hormone|antibod|antigen|dose|seizure|spasm|fracture|"
            + "inflam|ulcer|uter|cervi|prostat|kidney|mortal|morbid|natal|chronic|acute|contag|steroid|opioid|"
            + "narcotic|placebo|prophyla|quarant|lymph|rubell|rubeo|varicel|variol|polio|tetanus|pneumon|embol|"
            + "thromb|hemo|hema|blood|oxygen|glucose|diabet|ekg|copd|hpv|mrsa|ptsd|x-ray|urin|vomit|febrile|"
            + "cough|wheez|breath|teeth|molar|incisor|tooth|joint|bone|skull|muscle|ligament|cartilage|deltoid|"
            + "alveol|airway|bronch|hives|urticaria|caries|jaundice|dementia|amnesia|glaucoma|cataract|menopause|"
            + "mammogram|incision|suture|lacer|abrasion|contusion|convuls|tremor|fatigue|paraly|mucus|mucos|"
            + "carcinogen|germ|parasite|zoono|epizoo|avian|h5n1|titer|serolog|recrudes|remission|infusion|inject|"
            + "intraven|inhal|exhal|nebul|spiromet|dialysis|nephro|colic|dyspeps|diarrh|abdomen|rheumat|crohn|"
            + "lupus|encephal|osteo|alopecia|anaphyl|anemi|emphysem|hypertens|hypotens|hyperlip|atherosc|"
            + "coronary|cerebr|ambulat|deoxygen|dehydrat|emaciat|asphyx|suffoc|coagul|perfor|rupture|gamete|"
            + "hygiene|sanit|decontam|contamin|exposure|surveil|incubat|virulen|viremia|booster|immuniz|"
            + "health|cure|recuperat|rehabilit|mobility|stamina|perspire|sensation|soreness|drowsy|traumat|"
            + "deceased|death|malign|benign|metabol|endocrin|physician|radiolog|topical|cutaneous|systemic|"
            + "intraut|contracept|medication|regimen|taper|adverse|efficacy|relieve|alleviate|ameliorate|"
            + "exacerbat|aggravat|severity|prevalence|incidence|congenit|mutation|conditioning|tuberc|dermal)");

    /** Medical rows the stem rules miss. */
    static final Set<String> MEDICAL_BY_REVIEW =
            Set.of("comatose", "scarlatina", "susceptible", "photosensitive", "hazardous", "ulcer");

    /** Everyday words, and rows whose only plain wording is lossy or wrong as a drop-in, found on review. */
    static final Set<String> EVERYDAY_OR_UNSAFE = Set.of(
            "alteration",
            "alternate",
            "appellant",
            "available",
            "beneficiary",
            "collaborate",
            "compulsion",
            "concentration",
            "evident",
            "exert",
            "exertion",
            "fluctuate",
            "homologous",
            "identical",
            "inaccuracy",
            "inherit",
            "monitor",
            "obscure",
            "observation",
            "obstruct",
            "obstruction",
            "perform",
            "recipient",
            "restrain",
            "submit",
            "variant",
            "sanitary",
            "flexible",
            "localized",
            "dilute",
            "terminal",
            "mutation",
            "exposure",
            "immune",
            "surge capacity",
            "incident of national significance",
            "motor vehicle accident",
            "centers for disease control and prevention",
            "mg",
            "sensation",
            "severity",
            "traumatic",
            "mortality",
            "deceased",
            "cure",
            "systemic",
            "illness rate or clinical attack rate",
            "regimen",
            "soreness",
            "stamina",
            "taper",
            "waterfowl");

    /** Verbs: their "-s" form is not a plural, so no plural form is generated. */
    static final Set<String> VERBS = Set.of(
            "aggravate",
            "alleviate",
            "ambulate",
            "ameliorate",
            "asphyxiate",
            "coagulate",
            "contaminate",
            "decontaminate",
            "diagnose",
            "dilate",
            "exacerbate",
            "exhale",
            "inhale",
            "lacerate",
            "mitigate",
            "perspire",
            "recover",
            "recuperate",
            "recur",
            "rehabilitate",
            "relieve",
            "sanitize",
            "suffocate",
            "urinate",
            "vomit",
            "rupture",
            "fracture");

    private CdcThesaurusConverter() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CdcThesaurusConverter <cdc_plain_language_thesaurus.tsv> <output.glossary>");
            System.exit(2);
        }
        Files.writeString(Path.of(args[1]), convert(Path.of(args[0])), StandardCharsets.UTF_8);
    }

    /** The glossary file text made from the thesaurus TSV. */
    public static String convert(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals("term\tplain\tdefinition\tsource")) {
            throw new IllegalArgumentException(tsv + ": expected header term<TAB>plain<TAB>definition<TAB>source");
        }
        List<GlossaryEntry> entries = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            GlossaryEntry entry = entry(cells[0].strip(), cells[1].strip(), cells[2].strip());
            if (entry != null) {
                entries.add(entry);
            }
        }
        StringWriter out = new StringWriter();
        write(entries, out);
        return out.toString();
    }

    static boolean keep(String term, String plain, String definition) {
        String key = term.toLowerCase(Locale.ROOT);
        if (plain.isEmpty() && definition.isEmpty()) {
            return false;
        }
        if (EVERYDAY_OR_UNSAFE.contains(key)) {
            return false;
        }
        return !definition.isEmpty() || MEDICAL.matcher(term).find() || MEDICAL_BY_REVIEW.contains(key);
    }

    private static GlossaryEntry entry(String term, String plain, String definition) {
        if (!keep(term, plain, definition)) {
            return null;
        }
        String abbreviation = null;
        String plural = null;
        String plainPlural = null;
        var parenthesised =
                java.util.regex.Pattern.compile("^(.+?)\\s*\\(([A-Z]{2,})\\)$").matcher(term);
        if (parenthesised.matches()) {
            // "intravenous (IV)": the abbreviation is matched too
            term = parenthesised.group(1);
            abbreviation = parenthesised.group(2);
        } else if (term.contains("(")) {
            // "dissemination (disseminate)": keep the head word only
            term = term.substring(0, term.indexOf('(')).strip();
        }
        if (term.equals("ova/ovum")) {
            term = "ovum";
            plural = "ova";
            plain = "egg";
            plainPlural = "eggs";
        }
        if (VERBS.contains(term.toLowerCase(Locale.ROOT))) {
            plural = "";
        }
        return new GlossaryEntry(
                term, plural, List.of(), abbreviation, plain, plainPlural, definition, null, SOURCE, TermContext.NONE);
    }

    private static void write(List<GlossaryEntry> entries, Writer out) throws IOException {
        String header = """
                Converted from the CDC Plain Language Thesaurus for Health Communications (February 2009 edition),
                a US federal government work in the public domain (17 U.S.C. 105), via
                shared/data/terminology/cdc_plain_language_thesaurus.tsv (see its README for provenance).
                Credit: Source: Centers for Disease Control and Prevention, Plain Language Thesaurus for Health
                Communications.
                Generated by CdcThesaurusConverter (personalization/src/test/java); do not edit by hand: change the
                converter's filter and regenerate. Everyday, non-medical words are filtered out (GLOSSARY-FORMAT.md).""";
        GlossaryFormat.write(Glossary.of("CDC Plain Language Thesaurus", entries), header, out);
    }
}
