package org.attune.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.attune.web.DeployedAttune;
import org.attune.web.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a hospital's load balancer and orchestrator ask (MicroProfile Health, at the server's root): ready while the
 * database answers, not ready (503) when it is down, and alive either way, so a database outage never restarts
 * Attune.
 */
@ExtendWith({PostgresqlByDataSourceKeys.class, ArquillianExtension.class})
class HealthIT extends DeployedAttune {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.attuneWar();
    }

    @Test
    void readyWhileTheDatabaseAnswersNotReadyWhenItIsDownAliveThroughout() throws Exception {
        HttpResponse<String> ready = http.get("../health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body())
                .contains("\"status\":\"UP\"")
                .contains("\"name\":\"database\"")
                .contains("PostgreSQL")
                .contains("\"schemaVersion\":\"9\"")
                .contains("\"name\":\"personalization-engine\",\"status\":\"UP\"");
        assertThat(http.get("../health/live").statusCode()).isEqualTo(200);

        PostgresqlBeforePayara.stopDatabase();

        HttpResponse<String> notReady = http.get("../health/ready");
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.body()).contains("\"name\":\"database\",\"status\":\"DOWN\"");
        HttpResponse<String> live = http.get("../health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("personalization-engine");
        assertThat(http.get("../health").statusCode()).as("both together").isEqualTo(503);
    }
}
