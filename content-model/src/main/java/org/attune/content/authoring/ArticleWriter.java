package org.attune.content.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.content.article.Article;
import org.attune.content.article.AudienceOverride;
import org.attune.content.article.Block;
import org.attune.content.article.Section;
import org.attune.content.citation.Citation;
import org.attune.content.citation.CitedText;
import org.attune.content.citation.Reference;
import org.attune.content.citation.TextSegment;
import org.attune.content.coding.ClinicalCode;
import org.attune.content.review.ReviewEvent;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes an article in the authoring format, so that parsing the result gives back an equal article. The header is
 * dumped by SnakeYAML (which quotes whatever needs quoting); body text is escaped wherever CommonMark would otherwise
 * read it as markup.
 */
public final class ArticleWriter {

    private static final String INDENT = "  ";

    public String write(Article article) {
        StringBuilder out = new StringBuilder("---\n");
        out.append(yaml().dump(header(article)));
        out.append("---\n");
        writeBlock(out, article.bottomLine(), "", "");
        for (Section section : article.sections()) {
            out.append("\n## ")
                    .append(escapeLineStart(escape(section.heading())))
                    .append("\n");
            boolean inList = false;
            for (Block block : section.blocks()) {
                if (!block.isStatement() || !inList) {
                    out.append('\n');
                }
                if (block.isStatement()) {
                    writeBlock(out, block, "- ", INDENT);
                } else {
                    writeBlock(out, block, "", "");
                }
                inList = block.isStatement();
            }
        }
        return out.toString();
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(options);
    }

    private static Map<String, Object> header(Article article) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("slug", article.slug());
        header.put("title", article.title());
        header.put("updated", article.lastUpdated().toString());
        if (!article.tags().isEmpty()) {
            header.put("tags", article.tags());
        }
        if (!article.codes().isEmpty()) {
            List<Map<String, Object>> codes = new ArrayList<>();
            for (ClinicalCode code : article.codes()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("system", code.system().code());
                entry.put("code", code.code());
                if (code.display() != null) {
                    entry.put("display", code.display());
                }
                codes.add(entry);
            }
            header.put("codes", codes);
        }
        if (article.isDemonstration()) {
            header.put("demo", true);
        }
        List<Map<String, Object>> review = new ArrayList<>();
        for (ReviewEvent event : article.reviewHistory()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("status", event.status().code());
            entry.put("by", event.reviewer());
            entry.put("on", event.date().toString());
            if (event.comment() != null) {
                entry.put("comment", event.comment());
            }
            review.add(entry);
        }
        if (!review.isEmpty()) {
            header.put("review", review);
        }
        List<Map<String, Object>> references = new ArrayList<>();
        for (Reference reference : article.references()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("number", reference.number());
            entry.put("type", reference.type().code());
            entry.put("title", reference.title());
            entry.put("source", reference.source());
            entry.put("year", reference.year());
            reference.doi().ifPresent(doi -> entry.put("doi", doi));
            reference.pmid().ifPresent(pmid -> entry.put("pmid", pmid));
            reference.url().ifPresent(url -> entry.put("url", url));
            references.add(entry);
        }
        if (!references.isEmpty()) {
            header.put("references", references);
        }
        return header;
    }

    private static void writeBlock(StringBuilder out, Block block, String marker, String indent) {
        out.append(marker).append(inline(block.leadIn(), block.text())).append('\n');
        List<AudienceOverride> overrides = block.overrides();
        for (int i = 0; i < overrides.size(); i++) {
            AudienceOverride override = overrides.get(i);
            if (i > 0) {
                out.append(indent).append(">\n");
            }
            out.append(indent)
                    .append("> ")
                    .append(override.audience())
                    .append(": ")
                    .append(inline(override.leadIn(), override.text()))
                    .append('\n');
        }
        block.certainty().ifPresent(certainty -> {
            if (!overrides.isEmpty()) {
                out.append(indent).append(">\n");
            }
            out.append(indent)
                    .append("> certainty: ")
                    .append(certainty.written())
                    .append('\n');
        });
    }

    private static String inline(String leadIn, String text) {
        String body = escapeText(text);
        if (leadIn == null) {
            return escapeLineStart(body);
        }
        return "**" + escape(leadIn) + "** " + body;
    }

    private static String escapeText(String text) {
        StringBuilder out = new StringBuilder();
        boolean afterCitation = false;
        for (TextSegment segment : CitedText.parse(oneLine(text)).segments()) {
            if (segment instanceof Citation citation) {
                out.append(citation.marker());
                afterCitation = true;
                continue;
            }
            String prose = escape(segment.text());
            // "[1](...)" would read as a link: keep a parenthesis right after a marker literal.
            out.append(afterCitation && prose.startsWith("(") ? "\\" + prose : prose);
            afterCitation = false;
        }
        return out.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    /** Backslash-escapes the ASCII punctuation that CommonMark inline parsing would treat as markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : oneLine(text).toCharArray()) {
            if ("\\`*_[]<>&!#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Escapes what would start a different block if it began a line: headings, quotes, list markers. */
    private static String escapeLineStart(String line) {
        if (line.isEmpty()) {
            return line;
        }
        if ("#>-+=|~".indexOf(line.charAt(0)) >= 0) {
            return "\\" + line;
        }
        java.util.regex.Matcher ordered =
                java.util.regex.Pattern.compile("^(\\d{1,9})([.)])").matcher(line);
        if (ordered.find()) {
            return ordered.group(1) + "\\" + ordered.group(2) + line.substring(ordered.end());
        }
        return line;
    }
}
