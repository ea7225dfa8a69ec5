package org.attune.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A small HTTP client for integration tests: GET a path of the deployed application, parse HTML with jsoup. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;

    public Http(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    public HttpResponse<String> get(String path) {
        return get(path, new String[0]);
    }

    /** GET with headers (name, value, name, value...). */
    public HttpResponse<String> get(String path, String... headers) {
        return send(request("GET", path, HttpRequest.BodyPublishers.noBody(), headers), BodyHandlers.ofString());
    }

    /** GET with the body as sent (a compressed body stays compressed). */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(request("GET", path, HttpRequest.BodyPublishers.noBody(), headers), BodyHandlers.ofByteArray());
    }

    /** POSTs a form (name, value, name, value...) without following the redirect. */
    public HttpResponse<String> post(String path, String... form) {
        return submit("POST", path, form(form), "Content-Type", "application/x-www-form-urlencoded");
    }

    /** Sends any method (PUT, BREW...) without a body, with optional headers (name, value, name, value...). */
    public HttpResponse<String> send(String method, String path, String... headers) {
        return send(request(method, path, HttpRequest.BodyPublishers.noBody(), headers), BodyHandlers.ofString());
    }

    /** Sends any method with a body and headers (name, value, name, value...). */
    public HttpResponse<String> submit(String method, String path, String body, String... headers) {
        return send(request(method, path, HttpRequest.BodyPublishers.ofString(body), headers), BodyHandlers.ofString());
    }

    /** A form body: names and values, URL-encoded and joined. */
    /** The {@code Authorization} header of HTTP Basic for this user and password (UTF-8, as Attune reads it). */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private HttpRequest request(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * One request written by hand on a socket, for what {@code HttpClient} will not send (a forged {@code Host}
     * header, an address that is not a valid URI): the request line's target is sent exactly as given.
     */
    public RawResponse raw(String method, String target, String... headers) {
        return raw(method, target, new byte[0], headers);
    }

    /** A hand-written request with a body; a {@code Content-Length} header is added unless one is given. */
    public RawResponse raw(String method, String target, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        boolean host = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            host |= headers[i].equalsIgnoreCase("Host");
        }
        if (!host) {
            head.append("Host: ")
                    .append(base.getHost())
                    .append(':')
                    .append(base.getPort())
                    .append("\r\n");
        }
        if (body.length > 0
                && !head.toString().toLowerCase(java.util.Locale.ROOT).contains("\r\ncontent-length:")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            return RawResponse.parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A hand-written request whose body is sent chunked ({@code Transfer-Encoding: chunked}, no length), in chunks of
     * 64 KiB, as a client streaming a body of unknown length does. A server that answers before the end and closes
     * the connection stops the sending; the answer is read either way.
     */
    public RawResponse chunked(String method, String target, byte[] body, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        head.append("Host: ")
                .append(base.getHost())
                .append(':')
                .append(base.getPort())
                .append("\r\n");
        head.append("Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                for (int at = 0; at < body.length; at += 65_536) {
                    int size = Math.min(65_536, body.length - at);
                    out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body, at, size);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException closedEarly) {
                // the server answered and closed before the whole body was sent: read what it said
            }
            return RawResponse.parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response as read from the socket: header values exactly as sent (one byte, one character). */
    public record RawResponse(int status, Map<String, String> headers, String body) {

        static RawResponse parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.merge(
                        lines[i].substring(0, colon).strip(),
                        lines[i].substring(colon + 1).strip(),
                        (a, b) -> a + ", " + b);
            }
            String body = end < 0 ? "" : new String(bytes, end + 4, bytes.length - end - 4, StandardCharsets.UTF_8);
            return new RawResponse(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name));
        }
    }

    public Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), resolve(path).toString());
    }

    public URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /**
     * Signs in with the form, as a browser does: the form first (its CSRF token and the cookie that carries it),
     * then the post. The answer is the sign-in's (303 and the session cookie when it worked).
     */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> form = get("/login?next=%2Feditor");
        String token = Jsoup.parse(form.body()).selectFirst("input[name=csrf]").attr("value");
        return submit(
                "POST",
                "/login",
                form("username", username, "password", password, "next", "/editor", "csrf", token),
                "Content-Type",
                "application/x-www-form-urlencoded",
                "Cookie",
                cookie(form, "attune-signin"));
    }

    /** The {@code name=value} of the cookie the response sets, for sending back. */
    public static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " set"));
    }
}
