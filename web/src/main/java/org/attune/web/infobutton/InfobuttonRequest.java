package org.attune.web.infobutton;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.attune.content.coding.CodeSystem;

/**
 * A knowledge request as the HL7 URL-based Infobutton implementation guide names its parameters:
 * {@code mainSearchCriteria.v.c} (the code), {@code mainSearchCriteria.v.cs} (its code system's OID),
 * {@code mainSearchCriteria.v.dn} (its display name, searched when no article carries the code, or alone),
 * {@code informationRecipient} (a code the deployment's audiences answer, {@code PAT} when not given) and
 * {@code knowledgeResponseType}
 * ({@code text/xml} for an Atom feed, {@code application/json} for its JSON form, {@code text/html}, the default,
 * for the best article itself).
 */
record InfobuttonRequest(CodeSystem system, String code, String displayName, String recipient, ResponseType type) {

    /** The implementation guide's code for the patient, who reads when the request names no recipient. */
    static final String PATIENT_RECIPIENT = "PAT";

    enum ResponseType {
        ATOM,
        JSON,
        HTML
    }

    static final String CODE = "mainSearchCriteria.v.c";
    static final String CODE_SYSTEM = "mainSearchCriteria.v.cs";
    static final String DISPLAY_NAME = "mainSearchCriteria.v.dn";
    static final String RECIPIENT = "informationRecipient";
    static final String RESPONSE_TYPE = "knowledgeResponseType";

    boolean hasCode() {
        return code != null;
    }

    /**
     * Reads and checks the parameters; every refusal says what was expected. {@code recipients}: the
     * {@code informationRecipient} codes the deployment answers.
     */
    static InfobuttonRequest of(Map<String, String[]> parameters, Collection<String> recipients) {
        String code = single(parameters, CODE).orElse(null);
        String systemOid = single(parameters, CODE_SYSTEM).orElse(null);
        String displayName = single(parameters, DISPLAY_NAME).orElse(null);
        if (code == null && displayName == null) {
            throw new BadRequest("give " + CODE + " with " + CODE_SYSTEM + " (" + systems() + "), or " + DISPLAY_NAME);
        }
        CodeSystem system = null;
        if (code != null) {
            if (systemOid == null) {
                throw new BadRequest(CODE + " needs " + CODE_SYSTEM + ": " + systems());
            }
            system = CodeSystem.fromOid(systemOid)
                    .orElseThrow(() -> new BadRequest("unknown code system " + CODE_SYSTEM + "=" + systemOid
                            + "; this service answers " + systems()));
            if (!system.isWellFormed(code)) {
                throw new BadRequest(CODE + "=" + code + " is not a valid " + system.label() + " code");
            }
        }
        String recipient = single(parameters, RECIPIENT)
                .map(value -> value.toUpperCase(Locale.ROOT))
                .orElse(PATIENT_RECIPIENT);
        if (!recipients.contains(recipient)) {
            throw new BadRequest(RECIPIENT + " must be " + String.join(" or ", recipients));
        }
        ResponseType type = single(parameters, RESPONSE_TYPE)
                .map(InfobuttonRequest::responseType)
                .orElse(ResponseType.HTML);
        return new InfobuttonRequest(system, code, displayName, recipient, type);
    }

    private static ResponseType responseType(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "text/xml", "application/atom+xml" -> ResponseType.ATOM;
            case "application/json" -> ResponseType.JSON;
            case "text/html" -> ResponseType.HTML;
            default -> throw new BadRequest(RESPONSE_TYPE + " must be text/xml (Atom), application/json or text/html");
        };
    }

    private static Optional<String> single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return Optional.empty();
        }
        if (values.length > 1) {
            throw new BadRequest(name + " is given " + values.length + " times; give it once");
        }
        if (values[0].length() > 200) {
            throw new BadRequest(name + " is longer than 200 characters");
        }
        return Optional.of(values[0].strip());
    }

    private static String systems() {
        StringBuilder known = new StringBuilder();
        for (CodeSystem system : CodeSystem.values()) {
            if (known.length() > 0) {
                known.append(" or ");
            }
            known.append(system.label()).append(' ').append(system.oid());
        }
        return known.toString();
    }

    /** A request the service cannot answer as asked: a 400 with what was expected. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
