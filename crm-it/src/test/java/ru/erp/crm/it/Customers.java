package ru.erp.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/** Builds customer JSON bodies and creates customers through the API for the tests. */
public final class Customers {

    private Customers() {
    }

    public static JsonObjectBuilder organization(String name, String inn, String kpp, String category) {
        return Json.createObjectBuilder()
                .add("kind", "ORGANIZATION").add("name", name).add("inn", inn).add("kpp", kpp)
                .add("category", category).add("roles", Json.createArrayBuilder().add("CLIENT"));
    }

    public static JsonObjectBuilder withPhone(JsonObjectBuilder customer, String phone) {
        JsonArrayBuilder contacts = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "PHONE").add("purpose", "WORK").add("value", phone));
        return customer.add("contacts", contacts);
    }

    /** Creates a customer and returns its card; fails the test unless the API answers 201. */
    public static JsonObject create(Api api, JsonObjectBuilder customer) {
        Response response = api.post("customers", customer.build().toString());
        String body = response.readEntity(String.class);
        assertEquals(201, response.getStatus(), body);
        return Json.createReader(new java.io.StringReader(body)).readObject();
    }

    public static JsonObject organizationIn(Api api, String category) {
        return create(api, organization("ООО «Тест " + TestRequisites.organizationInn() + "»",
                TestRequisites.organizationInn(), "770101001", category));
    }
}
