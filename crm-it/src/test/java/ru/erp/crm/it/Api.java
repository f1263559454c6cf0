package ru.erp.crm.it;

import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A REST client of the CRM's API as one demo user, speaking a given language. */
public final class Api implements AutoCloseable {

    public static final String BASE = System.getProperty("crm.it.baseUrl", "http://localhost:28080/crm/");

    private final Client client = ClientBuilder.newClient();
    private final String authorization;
    private final String language;

    private Api(String authorization, String language) {
        this.authorization = authorization;
        this.language = language;
    }

    public static Api as(String demoUser) {
        return as(demoUser, "demo");
    }

    public static Api as(String user, String password) {
        return new Api("Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)), "ru");
    }

    public static Api anonymous() {
        return new Api(null, "ru");
    }

    /** The same caller asking in another language (Accept-Language). */
    public Api inLanguage(String tag) {
        return new Api(authorization, tag);
    }

    public WebTarget target(String path) {
        return client.target(BASE + "api/v1/" + path);
    }

    public Invocation.Builder request(String path, Map<String, ?> query) {
        WebTarget target = target(path);
        for (Map.Entry<String, ?> parameter : query.entrySet()) {
            target = target.queryParam(parameter.getKey(), parameter.getValue());
        }
        return decorate(target.request(MediaType.APPLICATION_JSON_TYPE));
    }

    public Invocation.Builder request(String path) {
        return decorate(target(path).request(MediaType.APPLICATION_JSON_TYPE));
    }

    private Invocation.Builder decorate(Invocation.Builder builder) {
        builder.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        if (authorization != null) {
            builder.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return builder;
    }

    public Response get(String path) {
        return request(path).get();
    }

    public Response get(String path, Map<String, ?> query) {
        return request(path, query).get();
    }

    public Response post(String path, String json) {
        return request(path).post(Entity.entity(json, MediaType.APPLICATION_JSON_TYPE));
    }

    public Response put(String path, String json) {
        return request(path).put(Entity.entity(json, MediaType.APPLICATION_JSON_TYPE));
    }

    public Response delete(String path) {
        return request(path).delete();
    }

    public static JsonObject json(Response response) {
        return response.readEntity(JsonObject.class);
    }

    @Override
    public void close() {
        client.close();
    }
}
