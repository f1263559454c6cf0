package ru.erp.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST contract of sales orders on the real server: draft, confirm, access through the customer, bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SalesOrderApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CrmDeployment.ear();
    }

    private final Api manager = Api.as("manager");
    private final Api manager2 = Api.as("manager2");

    @Test
    void aConfirmedOrderWaitsForOneCAndIsInvisibleToAManagerWhoCannotSeeItsCustomer() {
        JsonObject customer = Customers.organizationIn(manager, "KEY");
        Response created = manager.post("sales/orders", order(customer.getJsonNumber("id").longValue()).build().toString());
        assertEquals(201, created.getStatus());
        JsonObject draft = Api.json(created);
        long id = draft.getJsonNumber("id").longValue();
        assertTrue(created.getLocation().toString().endsWith("/api/v1/sales/orders/" + id));
        assertEquals(String.format("CRM-%06d", id), draft.getString("number"));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(0, new BigDecimal("2400").compareTo(draft.getJsonNumber("total").bigDecimalValue()));

        String version = Json.createObjectBuilder().add("version", draft.getJsonNumber("version").longValue()).build().toString();
        Response confirmed = manager.post("sales/orders/" + id + "/confirm", version);
        assertEquals(200, confirmed.getStatus());
        assertEquals("CONFIRMED", Api.json(confirmed).getString("status"));

        JsonObject outbox = Api.json(Api.as("erpadmin").get("exchange/outbox", Map.of("destination", "1c-site-orders",
                "status", "PENDING", "size", 200)));
        assertTrue(outbox.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(entry -> entry.getJsonNumber("aggregateId").longValue() == id), outbox.toString());
        JsonObject timeline = Api.json(manager.get("customers/" + customer.getInt("id") + "/timeline"));
        assertEquals("ORDER_EVENT", timeline.getJsonArray("items").getJsonObject(0).getString("type"));

        JsonObject theirs = Api.json(manager2.get("sales/orders", Map.of("customer", customer.getInt("id"))));
        assertEquals(0, theirs.getInt("total"));
        assertProblem(manager2.get("sales/orders/" + id), 404);
        assertProblem(manager2.post("sales/orders/" + id + "/cancel", version), 404);
        JsonObject history = Api.json(manager.get("sales/orders/" + id + "/history"));
        // The logistics route may already have sent the shipment request (SHIPMENT_REQUESTED follows).
        assertEquals(List.of("CREATED", "CONFIRMED"), history.getJsonArray("items").stream()
                .map(event -> event.asJsonObject().getString("kind")).limit(2).toList());
    }

    @Test
    void anOrderForACustomerSomeoneElseCuratesIsForbiddenAndNothingIsWritten() {
        JsonObject customer = Customers.organizationIn(Api.as("head"), "KEY");
        String curated = Json.createObjectBuilder().add("kind", "ORGANIZATION").add("name", customer.getString("name"))
                .add("inn", customer.getString("inn")).add("kpp", customer.getString("kpp")).add("category", "KEY")
                .add("curator", "manager2").add("version", customer.getJsonNumber("version").longValue()).build().toString();
        assertEquals(200, Api.as("head").put("customers/" + customer.getInt("id"), curated).getStatus());

        assertProblem(manager.post("sales/orders", order(customer.getJsonNumber("id").longValue()).build().toString()), 403);
        assertEquals(0, Api.json(Api.as("head").get("sales/orders", Map.of("customer", customer.getInt("id")))).getInt("total"));
    }

    @Test
    void invalidLinesAnswer400NamingEachFieldAndBadInputNeverAnswers500() {
        JsonObject customer = Customers.organizationIn(manager, "KEY");
        String body = Json.createObjectBuilder().add("customerId", customer.getInt("id"))
                .add("lines", Json.createArrayBuilder()
                        .add(line("Монтаж", "1", "100"))
                        .add(line("Доставка", "0", "-1")))
                .build().toString();
        JsonObject problem = Api.json(manager.post("sales/orders", body));
        assertEquals(400, problem.getInt("status"));
        assertEquals(List.of("lines[1].quantity", "lines[1].price"), problem.getJsonArray("errors").stream()
                .map(error -> error.asJsonObject().getString("field")).toList());

        assertProblem(manager.get("sales/orders/999999999"), 404);
        assertProblem(manager.get("sales/orders", Map.of("status", "SHIPPED")), 400);
        assertProblem(manager.post("sales/orders", "{\"lines\": "), 400);
        assertProblem(manager.post("sales/orders/999999999/confirm", "{}"), 400);
        assertProblem(Api.as("marketer").get("sales/orders"), 403);
        assertProblem(manager.get("exchange/outbox"), 403);
    }

    private static JsonObjectBuilder order(long customerId) {
        return Json.createObjectBuilder().add("customerId", customerId).add("comment", "IT")
                .add("lines", Json.createArrayBuilder().add(line("Монтаж", "2", "1200")));
    }

    private static JsonObjectBuilder line(String name, String quantity, String price) {
        return Json.createObjectBuilder().add("name", name).add("quantity", new BigDecimal(quantity))
                .add("price", new BigDecimal(price)).add("vatRate", 20);
    }

    private static void assertProblem(Response response, int status) {
        String body = response.readEntity(String.class);
        assertEquals(status, response.getStatus(), body);
        assertEquals("application/problem+json", response.getMediaType().toString(), body);
    }
}
