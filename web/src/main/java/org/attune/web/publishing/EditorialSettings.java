package org.attune.web.publishing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The editorial policy, from MicroProfile Config: {@code attune.review.cycle} (ISO-8601 period after which an
 * approved article is due for review, default {@code P12M}) and {@code attune.publish.unreviewed} ({@code notice}:
 * submitted and under-review articles are shown with a pending-review notice until one is approved; {@code hide}:
 * readers see approved articles only).
 */
@ApplicationScoped
public class EditorialSettings {

    @Inject
    @ConfigProperty(name = "attune.review.cycle", defaultValue = "P12M")
    String reviewCycleText;

    @Inject
    @ConfigProperty(name = "attune.publish.unreviewed", defaultValue = "notice")
    String unreviewedPolicy;

    private Period reviewCycle;
    private boolean showPending;
    private final Clock clock = Clock.systemDefaultZone();

    @PostConstruct
    void read() {
        try {
            reviewCycle = Period.parse(reviewCycleText.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "attune.review.cycle must be an ISO-8601 period such as P12M or P2Y, was '" + reviewCycleText + "'",
                    e);
        }
        showPending = switch (unreviewedPolicy.strip()) {
            case "notice" -> true;
            case "hide" -> false;
            default ->
                throw new IllegalStateException(
                        "attune.publish.unreviewed must be notice or hide, was '" + unreviewedPolicy + "'");
        };
    }

    public Period reviewCycle() {
        return reviewCycle;
    }

    /** True under the {@code notice} policy: pending articles are shown with their review notice. */
    public boolean showsPendingArticles() {
        return showPending;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }
}
