package org.attune.web.infobutton;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.attune.personalization.audience.AudienceProfile;
import org.attune.personalization.search.SearchHit;
import org.attune.web.article.ArticleCatalog;
import org.attune.web.article.ArticleSummary;
import org.attune.web.audience.AudienceResolver;
import org.attune.web.search.SearchIndexes;
import org.attune.web.view.CanonicalUrls;
import org.attune.web.view.Messages;
import org.attune.web.view.PageLanguage;
import org.attune.web.view.Redirect;

/**
 * {@code GET /infobutton}: what an electronic health record's infobutton opens (HL7 URL-based Infobutton; the
 * parameters are read by {@link InfobuttonRequest}). The articles answering the code (or, failing that, the display
 * name found by the search with its synonyms) are linked in the recipient's audience: the audience whose
 * {@code informationRecipient} codes (audiences file) hold it — as shipped, {@code PAT} the patient version and
 * {@code PROV} the clinician version — or the default audience when the deployment dropped that one. A code nothing
 * answers gets an empty feed, not an error; a malformed request a 400 saying what was expected.
 */
@WebServlet(urlPatterns = "/infobutton")
public class InfobuttonServlet extends HttpServlet {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    ArticleCatalog catalog;

    @Inject
    SearchIndexes search;

    @Inject
    AudienceResolver audiences;

    @Inject
    CanonicalUrls urls;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        InfobuttonRequest asked;
        try {
            asked = InfobuttonRequest.of(request.getParameterMap(), audiences.recipients());
        } catch (InfobuttonRequest.BadRequest e) {
            send(response, 400, "text/plain", "Bad request: " + e.getMessage() + "\n");
            return;
        }
        AudienceProfile audience = audienceFor(asked.recipient());
        List<ArticleSummary> answers = answers(asked, audience);
        switch (asked.type()) {
            case ATOM -> send(response, 200, "application/atom+xml", atom(request, asked, audience, answers));
            case JSON -> send(response, 200, "application/json", json(request, asked, audience, answers));
            case HTML -> {
                if (answers.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                } else {
                    Redirect.to(request, response, HttpServletResponse.SC_SEE_OTHER, path(answers.get(0), audience));
                }
            }
        }
    }

    private AudienceProfile audienceFor(String recipient) {
        return audiences.answering(recipient).orElseGet(audiences::defaultAudience);
    }

    /** By code first; by display name (synonyms and typo tolerance included) when the code finds nothing. */
    private List<ArticleSummary> answers(InfobuttonRequest asked, AudienceProfile audience) {
        if (asked.hasCode()) {
            List<ArticleSummary> coded = catalog.answering(asked.system(), asked.code(), audience);
            if (!coded.isEmpty() || asked.displayName() == null) {
                return coded;
            }
        }
        Set<String> slugs = search.current().search(asked.displayName(), audience).hits().stream()
                .map(SearchHit::articleSlug)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, ArticleSummary> bySlug = catalog.summaries(audience).stream()
                .collect(Collectors.toMap(ArticleSummary::slug, Function.identity()));
        return slugs.stream().filter(bySlug::containsKey).map(bySlug::get).toList();
    }

    private static String path(ArticleSummary article, AudienceProfile audience) {
        return "/articles/" + article.slug() + "?audience=" + audience.id();
    }

    private String atom(
            HttpServletRequest request,
            InfobuttonRequest asked,
            AudienceProfile audience,
            List<ArticleSummary> answers) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", PageLanguage.of(request).toLanguageTag());
            element(xml, "title", title(request, asked));
            element(xml, "id", urls.forPath(request, "/infobutton?" + query(request)));
            element(xml, "updated", now());
            xml.writeStartElement("author");
            element(xml, "name", "Attune");
            xml.writeEndElement();
            for (String[] category : categories(asked, audience)) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("scheme", category[0]);
                xml.writeAttribute("term", XmlText.of(category[1]));
            }
            for (ArticleSummary article : answers) {
                String link = urls.forPath(request, path(article, audience));
                xml.writeStartElement("entry");
                element(xml, "title", article.title());
                xml.writeEmptyElement("link");
                xml.writeAttribute("href", XmlText.of(link));
                xml.writeAttribute("rel", "alternate");
                xml.writeAttribute("type", "text/html");
                xml.writeAttribute("hreflang", "en");
                element(xml, "id", link);
                element(
                        xml,
                        "updated",
                        article.lastUpdated()
                                .atStartOfDay(ZoneOffset.UTC)
                                .toInstant()
                                .toString());
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(XmlText.of(article.bottomLine()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the Atom feed could not be written", e);
        }
        return out.toString();
    }

    private String json(
            HttpServletRequest request,
            InfobuttonRequest asked,
            AudienceProfile audience,
            List<ArticleSummary> answers) {
        JsonArrayBuilder categories = Json.createArrayBuilder();
        for (String[] category : categories(asked, audience)) {
            categories.add(Json.createObjectBuilder().add("scheme", category[0]).add("term", category[1]));
        }
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (ArticleSummary article : answers) {
            String link = urls.forPath(request, path(article, audience));
            entries.add(Json.createObjectBuilder()
                    .add("title", article.title())
                    .add(
                            "link",
                            Json.createArrayBuilder()
                                    .add(Json.createObjectBuilder()
                                            .add("href", link)
                                            .add("rel", "alternate")
                                            .add("type", "text/html")
                                            .add("hreflang", "en")))
                    .add("id", link)
                    .add("updated", article.lastUpdated().toString())
                    .add("summary", article.bottomLine()));
        }
        JsonObjectBuilder feed = Json.createObjectBuilder()
                .add("title", title(request, asked))
                .add("id", urls.forPath(request, "/infobutton?" + query(request)))
                .add("updated", now())
                .add("category", categories)
                .add("entry", entries);
        return Json.createObjectBuilder().add("feed", feed).build().toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(XmlText.of(text));
        xml.writeEndElement();
    }

    private static String title(HttpServletRequest request, InfobuttonRequest asked) {
        Locale language = PageLanguage.of(request);
        return asked.hasCode()
                ? Messages.format(
                        language, "infobutton.title.code", asked.system().label(), asked.code())
                : Messages.format(language, "infobutton.title.name", asked.displayName());
    }

    /** The request's context, echoed as the implementation guide's categories. */
    private static List<String[]> categories(InfobuttonRequest asked, AudienceProfile audience) {
        List<String[]> categories = new ArrayList<>();
        if (asked.hasCode()) {
            categories.add(new String[] {InfobuttonRequest.CODE, asked.code()});
            categories.add(
                    new String[] {InfobuttonRequest.CODE_SYSTEM, asked.system().oid()});
        }
        if (asked.displayName() != null) {
            categories.add(new String[] {InfobuttonRequest.DISPLAY_NAME, asked.displayName()});
        }
        categories.add(new String[] {InfobuttonRequest.RECIPIENT, asked.recipient()});
        categories.add(new String[] {"attune.audience", audience.id()});
        return categories;
    }

    private static String query(HttpServletRequest request) {
        return request.getQueryString() == null ? "" : request.getQueryString();
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void send(HttpServletResponse response, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type + ";charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
