package org.attune.web.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.attune.content.persistence.EmbeddedPostgresql;
import org.attune.web.Deployments;
import org.attune.web.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro instances in one Payara data grid on loopback, on one shared PostgreSQL, each serving the same
 * WAR: an article published through instance A shows on instance B, whose pages were cached before the change.
 */
class TwoInstancesIT {

    private static final int A_PORT = 18081;
    private static final int B_PORT = 18082;
    private static final Duration BOOT = Duration.ofMinutes(4);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static EmbeddedPostgres database;
    private static final List<Process> instances = new ArrayList<>();
    private static final List<Path> logs = new ArrayList<>();

    @BeforeAll
    static void startDatabaseAndTwoInstances() throws Exception {
        database = EmbeddedPostgresql.start();
        // One after the other: the first migrates the schema and imports the demo content, the second finds them.
        start(A_PORT);
        start(B_PORT);
    }

    @AfterAll
    static void stopAll() throws IOException {
        for (Process instance : instances) {
            instance.destroy();
        }
        for (Process instance : instances) {
            try {
                instance.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void anArticlePublishedOnOneInstanceShowsOnTheOther() throws Exception {
        String slug = "does-cycling-help-back-pain";
        String home = "http://127.0.0.1:" + B_PORT + "/attune/";
        assertThat(get(home).body()).doesNotContain("Does cycling help");
        assertThat(get(home).headers().firstValue("X-Attune-Cache"))
                .as("B serves its home page from its cache")
                .isPresent();

        String reference = "http://127.0.0.1:" + B_PORT + "/attune/articles/physical-therapy-for-chronic-back-pain";
        get(reference);
        HttpResponse<String> referenceBefore = get(reference);
        String a = "http://127.0.0.1:" + A_PORT + "/attune/api/v1";
        String admin = Http.basic(Deployments.ADMIN, Deployments.ADMIN_PASSWORD);
        for (String[] account : new String[][] {{"cara", "author"}, {"ravi", "reviewer"}}) {
            send(
                    "POST",
                    a + "/users",
                    admin,
                    "application/json",
                    "{\"username\":\"" + account[0] + "\",\"password\":\"a long enough password\",\"roles\":[\""
                            + account[1] + "\"]}");
        }
        String author = Http.basic("cara", "a long enough password");
        String reviewer = Http.basic("ravi", "a long enough password");
        assertThat(send("POST", a + "/articles", author, "text/markdown", """
                        ---
                        slug: does-cycling-help-back-pain
                        title: Does cycling help chronic back pain?
                        references:
                          - number: 1
                            type: other
                            title: Cycling and back pain
                            source: Example Journal
                            year: 2024
                        ---
                        Cycling may ease chronic back pain a little. [1]

                        ## What the evidence shows

                        - **Pain:** In 1 small trial, cycling reduced pain at 8 weeks. [1]
                        """).statusCode())
                .isEqualTo(201);
        move(a, slug, author, "submitted");
        move(a, slug, reviewer, "under-review");
        assertThat(move(a, slug, reviewer, "approved")).isEqualTo(200);

        Instant deadline = Instant.now().plusSeconds(30);
        String seen = get(home).body();
        while (!seen.contains("Does cycling help") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            seen = get(home).body();
        }
        assertThat(seen).as("B's home page after A published").contains("Does cycling help");
        assertThat(get("http://127.0.0.1:" + B_PORT + "/attune/articles/" + slug)
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("http://127.0.0.1:" + B_PORT + "/attune/search?q=cycling")
                        .body())
                .contains("Does cycling help");
        HttpResponse<String> referenceAfter = get(reference);
        assertThat(referenceAfter.headers().firstValue("X-Attune-Cache"))
                .as("B's page of an article A did not change: the message named the changed one")
                .hasValue("hit");
        assertThat(referenceAfter.headers().firstValue("ETag"))
                .isEqualTo(referenceBefore.headers().firstValue("ETag"));

        assertThat(send(
                                "POST",
                                a + "/articles/" + slug + "/transitions",
                                reviewer,
                                "application/json",
                                "{\"to\":\"retired\",\"comment\":\"Superseded\"}")
                        .statusCode())
                .isEqualTo(200);
        String search = "http://127.0.0.1:" + B_PORT + "/attune/search?q=cycling";
        deadline = Instant.now().plusSeconds(30);
        while (get(search).body().contains("Does cycling help") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(get(search).body())
                .as("B's search after A retired the article")
                .doesNotContain("Does cycling help");
        assertThat(get("http://127.0.0.1:" + B_PORT + "/attune/articles/" + slug)
                        .statusCode())
                .isEqualTo(410);
    }

    private static int move(String api, String slug, String who, String to) throws Exception {
        return send(
                        "POST",
                        api + "/articles/" + slug + "/transitions",
                        who,
                        "application/json",
                        "{\"to\":\"" + to + "\"}")
                .statusCode();
    }

    private static void start(int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String micro = new File(fish.payara.micro.PayaraMicro.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getPath();
        Path log = Files.createTempFile("attune-instance-" + port + "-", ".log");
        logs.add(log);
        Process instance = new ProcessBuilder(
                        java,
                        "-Xmx768m",
                        "-Dattune.datasource.class=org.postgresql.ds.PGSimpleDataSource",
                        "-Dattune.datasource.url=jdbc:postgresql://localhost:" + database.getPort() + "/postgres",
                        "-Dattune.datasource.user=postgres",
                        "-Dattune.admin.user=" + Deployments.ADMIN,
                        "-Dattune.admin.password=" + Deployments.ADMIN_PASSWORD,
                        "-jar",
                        micro,
                        "--deploy",
                        System.getProperty("attune.war", "target/attune.war"),
                        "--contextroot",
                        "attune",
                        "--port",
                        String.valueOf(port),
                        "--clustermode",
                        "tcpip:127.0.0.1:16900,127.0.0.1:16901",
                        "--startport",
                        "16900",
                        "--interfaces",
                        "127.0.0.1")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        instances.add(instance);
        Instant deadline = Instant.now().plus(BOOT);
        String ready = "http://127.0.0.1:" + port + "/health/ready";
        while (Instant.now().isBefore(deadline)) {
            if (!instance.isAlive()) {
                throw new AssertionError("the instance on port " + port + " stopped:\n" + tail(log));
            }
            try {
                if (get(ready).statusCode() == 200
                        && get("http://127.0.0.1:" + port + "/attune/").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the instance on port " + port + " was not ready in " + BOOT + ":\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String url, String authorization, String type, String body)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", authorization)
                        .header("Content-Type", type + "; charset=UTF-8")
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
