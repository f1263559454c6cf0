package ru.erp.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST contract of the customer base on the real server: shapes, duplicates, merge, bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CrmDeployment.ear();
    }

    private final Api manager = Api.as("manager");

    @Test
    void createAnswers201WithLocationIdAndVersionAndIsFoundByInn() {
        String inn = TestRequisites.organizationInn();
        String body = Customers.organization("ООО «Контракт»", inn, "770101001", "KEY")
                .add("ogrn", TestRequisites.ogrn()).build().toString();
        Response created = manager.post("customers", body);
        assertEquals(201, created.getStatus());
        JsonObject card = Api.json(created);
        long id = card.getJsonNumber("id").longValue();
        assertTrue(created.getLocation().toString().endsWith("/api/v1/customers/" + id));
        assertTrue(card.containsKey("version"));
        assertEquals("manager", card.getString("curator"), "a manager curates what they create");

        JsonObject found = Api.json(manager.get("customers", Map.of("inn", inn)));
        assertEquals(1, found.getInt("total"));
        assertEquals(id, found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(0, found.getInt("page"));
        assertEquals(20, found.getInt("size"));
    }

    @Test
    void sameInnAndKppIsRefusedNamingTheExistingRecord() {
        JsonObject first = Customers.organizationIn(manager, "KEY");
        Response duplicate = manager.post("customers",
                Customers.organization("Другое имя", first.getString("inn"), first.getString("kpp"), "KEY").build().toString());
        assertEquals(409, duplicate.getStatus());
        assertEquals("application/problem+json", duplicate.getMediaType().toString());
        JsonObject problem = Api.json(duplicate);
        assertEquals(first.getJsonNumber("id").longValue(), problem.getJsonNumber("existingId").longValue());
        assertTrue(problem.getString("detail").contains(String.valueOf(first.getJsonNumber("id").longValue())));
    }

    @Test
    void sameInnWithAnotherKppBecomesABranchOfTheHeadOffice() {
        JsonObject head = Customers.organizationIn(manager, "KEY");
        JsonObject branch = Customers.create(manager,
                Customers.organization("Филиал", head.getString("inn"), "770102002", "KEY"));
        assertEquals(head.getJsonNumber("id").longValue(), branch.getJsonNumber("headOfficeId").longValue());
        JsonObject headCard = Api.json(manager.get("customers/" + head.getInt("id")));
        assertEquals(branch.getInt("id"), headCard.getJsonArray("branches").getJsonObject(0).getInt("id"));
    }

    @Test
    void aSharedPhoneCreatesTheRecordWithAWarningListingTheCandidate() {
        String phone = TestRequisites.phone();
        JsonObject first = Customers.create(manager, Customers.withPhone(
                Customers.organization("ООО «Первый»", TestRequisites.organizationInn(), "770101001", "KEY"), phone));
        assertTrue(first.getJsonArray("warnings").isEmpty());
        JsonObject second = Customers.create(manager, Customers.withPhone(
                Customers.organization("ООО «Второй»", TestRequisites.organizationInn(), "770101001", "RETAIL"),
                phone.replace(" ", "-").replace("+7", "8")));
        JsonArray warnings = second.getJsonArray("warnings");
        assertEquals(1, warnings.size());
        assertEquals(first.getInt("id"), warnings.getJsonObject(0).getInt("id"));
        assertEquals("PHONE", warnings.getJsonObject(0).getString("matchedBy"));
        String normalized = second.getJsonArray("contacts").getJsonObject(0).getString("normalized");
        assertTrue(normalized.matches("\\+79\\d{9}"), normalized);
        JsonObject byPhone = Api.json(manager.get("customers", Map.of("phone", phone)));
        assertEquals(2, byPhone.getInt("total"));
    }

    @Test
    void invalidRequisitesAnswer400NamingEachFieldInTheRequestsLanguage() {
        String body = Json.createObjectBuilder().add("kind", "ORGANIZATION").add("name", "ООО «Ошибка»")
                .add("inn", "7707083894").add("kpp", "77360100").add("ogrn", "1027700132196").add("category", "KEY")
                .add("bankAccounts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("bik", "044525225").add("account", "40702810000000000001")))
                .build().toString();
        JsonObject russian = Api.json(manager.post("customers", body));
        JsonObject english = Api.json(manager.inLanguage("en").post("customers", body));
        assertEquals(400, russian.getInt("status"));
        assertEquals(List.of("inn", "kpp", "ogrn", "bankAccounts[0].account"), fields(russian));
        assertEquals(fields(russian), fields(english));
        String ru = russian.getJsonArray("errors").getJsonObject(0).getString("message");
        String en = english.getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(ru.contains("ИНН"), ru);
        assertTrue(en.contains("INN"), en);
        assertFalse(en.equals(ru));
    }

    @Test
    void badInputNeverAnswers500() {
        assertProblem(manager.get("customers/999999999"), 404);
        assertProblem(manager.post("customers", "{\"kind\": "), 400);
        assertProblem(manager.post("customers", "[1,2]"), 400);
        assertProblem(manager.get("customers", Map.of("size", 1000)), 400);
        assertProblem(manager.get("customers", Map.of("page", "x")), 400);
        assertProblem(manager.get("customers", Map.of("sort", "password")), 400);
        assertProblem(manager.post("customers", "{\"kind\":\"SHIP\",\"name\":\"x\",\"category\":\"KEY\"}"), 400);
        assertProblem(manager.post("customers", "{\"kind\":\"ORGANIZATION\",\"name\":\"x\",\"category\":\"NOPE\"}"), 400);
    }

    @Test
    void aStaleVersionIsAConflictAndNothingChanges() {
        JsonObject card = Customers.organizationIn(manager, "KEY");
        String path = "customers/" + card.getInt("id");
        long version = card.getJsonNumber("version").longValue();
        String renamed = Customers.organization("ООО «Новое имя»", card.getString("inn"), card.getString("kpp"), "KEY")
                .add("version", version).build().toString();
        assertEquals(200, manager.put(path, renamed).getStatus());
        String stale = Customers.organization("ООО «Устаревшее»", card.getString("inn"), card.getString("kpp"), "KEY")
                .add("version", version).build().toString();
        assertProblem(manager.put(path, stale), 409);
        assertEquals("ООО «Новое имя»", Api.json(manager.get(path)).getString("name"));
    }

    @Test
    void mergeMovesContactsToTheSurvivorAndIsAudited() {
        String phone = TestRequisites.phone();
        JsonObject survivor = Customers.organizationIn(manager, "KEY");
        JsonObject merged = Customers.create(manager, Customers.withPhone(
                Customers.organization("ООО «Дубль»", TestRequisites.organizationInn(), "770101001", "KEY"), phone));
        String body = Json.createObjectBuilder().add("survivorId", survivor.getInt("id"))
                .add("mergedId", merged.getInt("id")).build().toString();
        Response response = manager.post("customers/merge", body);
        assertEquals(200, response.getStatus());
        JsonObject card = Api.json(response);
        assertEquals(1, card.getJsonArray("contacts").size());
        assertEquals(survivor.getInt("id"), Api.json(manager.get("customers/" + merged.getInt("id"))).getInt("mergedIntoId"));
        JsonObject byInn = Api.json(manager.get("customers", Map.of("inn", merged.getString("inn"))));
        assertEquals(0, byInn.getInt("total"), "a merged record leaves the lists");

        JsonObject history = Api.json(Api.as("head").get("audit", Map.of("entity", "customer", "id", survivor.getInt("id"))));
        assertTrue(history.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(entry -> entry.getString("action").equals("MERGE")));
        JsonObject timeline = Api.json(manager.get("customers/" + survivor.getInt("id") + "/timeline"));
        assertEquals("MERGE", timeline.getJsonArray("items").getJsonObject(0).getString("type"));
    }

    @Test
    void auditRecordsFieldLevelChanges() {
        JsonObject card = Customers.organizationIn(manager, "KEY");
        String renamed = Customers.organization("ООО «Переименовано»", card.getString("inn"), card.getString("kpp"), "KEY")
                .add("version", card.getJsonNumber("version").longValue()).build().toString();
        assertEquals(200, manager.put("customers/" + card.getInt("id"), renamed).getStatus());
        JsonObject audit = Api.json(Api.as("head").get("audit", Map.of("entity", "customer", "id", card.getInt("id"))));
        JsonObject update = audit.getJsonArray("items").getJsonObject(0);
        assertEquals("UPDATE", update.getString("action"));
        assertEquals("manager", update.getString("actor"));
        JsonArray changes = Json.createReader(new java.io.StringReader(update.getString("changes"))).readArray();
        JsonObject name = changes.stream().map(JsonValue::asJsonObject)
                .filter(change -> change.getString("field").equals("name")).findFirst().orElseThrow();
        assertEquals(card.getString("name"), name.getString("before"));
        assertEquals("ООО «Переименовано»", name.getString("after"));
        assertEquals(1, changes.size(), "only the name changed, lazy collections compare by content: " + changes);
    }

    @Test
    void contactPersonsAreAddedWithNormalisedContactPoints() {
        JsonObject card = Customers.organizationIn(manager, "KEY");
        String contact = Json.createObjectBuilder().add("fullName", "Сидоров Иван").add("position", "Директор")
                .add("birthday", "1980-05-17")
                .add("contacts", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("kind", "EMAIL").add("purpose", "WORK").add("value", " Ivan@Example.RU "))
                        .add(Json.createObjectBuilder().add("kind", "PHONE").add("purpose", "PERSONAL").add("value", "8 (912) 345-67-89")))
                .build().toString();
        Response added = manager.post("customers/" + card.getInt("id") + "/contacts", contact);
        assertEquals(201, added.getStatus());
        JsonObject list = Api.json(manager.get("customers/" + card.getInt("id") + "/contacts"));
        assertEquals(1, list.getInt("total"));
        JsonArray points = list.getJsonArray("items").getJsonObject(0).getJsonArray("contacts");
        assertEquals("ivan@example.ru", points.getJsonObject(0).getString("normalized"));
        assertEquals("+79123456789", points.getJsonObject(1).getString("normalized"));
        assertNotNull(list.getJsonArray("items").getJsonObject(0).getString("birthday"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() {
        String login = "lock" + System.nanoTime() % 100000;
        String user = Json.createObjectBuilder().add("login", login).add("fullName", "Lockout Test")
                .add("password", "correct-horse").add("roles", Json.createArrayBuilder().add("SUPPORT")).build().toString();
        assertEquals(201, Api.as("admin").post("users", user).getStatus());
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(401, Api.as(login, "wrong").get("customers").getStatus());
        }
        assertEquals(401, Api.as(login, "correct-horse").get("customers").getStatus(), "locked despite the right password");
        JsonObject audit = Api.json(Api.as("admin").get("audit", Map.of("user", login)));
        assertTrue(audit.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(entry -> entry.getString("action").equals("LOCKED_OUT")));
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    private static void assertProblem(Response response, int status) {
        String body = response.readEntity(String.class);
        assertEquals(status, response.getStatus(), body);
        assertEquals("application/problem+json", response.getMediaType().toString(), body);
        assertTrue(body.contains("\"status\":" + status), body);
    }
}
