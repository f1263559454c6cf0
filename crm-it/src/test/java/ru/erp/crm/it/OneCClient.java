package ru.erp.crm.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Plays 1C's side of the site-exchange protocol over real HTTP, the way 1C does it: GET for
 * checkauth/init/import, POST of raw bytes for file, and the session cookie kept between calls
 * (a cookie manager, as 1C's HTTPConnection does).
 */
final class OneCClient {

    private static final URI ENDPOINT = URI.create(Api.BASE + "exchange/1c");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final Charset charset;

    OneCClient(Charset charset) {
        this.charset = charset;
    }

    /** The answer lines and the HTTP status of one call. */
    record Answer(int status, List<String> lines) {
        String first() {
            return lines.isEmpty() ? "" : lines.get(0);
        }
    }

    Answer checkAuth(String type, String login, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("type=" + type + "&mode=checkauth"))
                .header("Authorization", "Basic " + basic).GET());
    }

    Answer get(String query) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(query)).GET());
    }

    Answer file(String type, String fileName, byte[] chunk) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("type=" + type + "&mode=file&filename=" + encode(fileName)))
                // The worst case: a form content type on raw file bytes (what curl and some 1C builds send).
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(chunk)));
    }

    /** A call whose answer is a document (type=sale&mode=query): the raw bytes, as 1C reads them. */
    byte[] document(String query) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri(query)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException(query + " answered " + response.statusCode() + ": " + new String(response.body(), charset));
        }
        return response.body();
    }

    Answer importFile(String type, String fileName) throws IOException, InterruptedException {
        return get("type=" + type + "&mode=import&filename=" + encode(fileName));
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(response.body(), charset);
        return new Answer(response.statusCode(), body.lines().toList());
    }

    private static URI uri(String query) {
        return URI.create(ENDPOINT + "?" + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
