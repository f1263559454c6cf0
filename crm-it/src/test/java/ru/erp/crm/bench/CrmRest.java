package ru.erp.crm.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/** Calls on the CRM's REST API as one demo user (HTTP Basic), answers as JSON objects. */
final class CrmRest {

    /**
     * HTTP/1.1 as browsers and 1C talk to the server: over the connection the JDK client had
     * upgraded to h2c (its default), a statement upload the server refused ended in an EOF
     * instead of the server's answer.
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;
    private final String authorization;

    CrmRest(String crmUrl, String user, String password) {
        this.api = crmUrl + "/api/v1/";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    JsonObject get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + pathAndQuery))
                .header("Authorization", authorization).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** POSTs a JSON body; anything but {@code expectedStatus} is a failure naming the answer. */
    JsonObject post(String pathAndQuery, String json, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + pathAndQuery))
                .header("Authorization", authorization).header("Accept", "application/json")
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return answer("POST " + pathAndQuery, response, expectedStatus);
    }

    /** POSTs a file as application/octet-stream, streamed from disk; returns the whole answer. */
    HttpResponse<String> upload(String pathAndQuery, Path file) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(api + pathAndQuery))
                .header("Authorization", authorization).header("Accept", "application/json")
                .header("Content-Type", "application/octet-stream").timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject answer(String call, HttpResponse<String> response, int expectedStatus) {
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(call + " answered " + response.statusCode() + ": " + response.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** The total of a list the API answers in its shared list shape. */
    long total(String pathAndQuery) throws IOException, InterruptedException {
        return get(pathAndQuery).getJsonNumber("total").longValue();
    }

    /** The number of products the catalogue API lists. */
    long productTotal() throws IOException, InterruptedException {
        return get("products?size=1").getJsonNumber("total").longValue();
    }

    /** The products with this 1C Ид: the page as the API answers it. */
    JsonObject productsByExternalId(String externalId) throws IOException, InterruptedException {
        return get("products?externalId=" + URLEncoder.encode(externalId, StandardCharsets.UTF_8));
    }
}
