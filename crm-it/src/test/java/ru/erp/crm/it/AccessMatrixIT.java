package ru.erp.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what: every demo role against every endpoint, and record-level access by
 * category (manager and manager2 are granted different categories in the demo data).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    private static final List<String> USERS =
            List.of("admin", "head", "manager", "manager2", "marketer", "support", "finance", "erpadmin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CrmDeployment.ear();
    }

    @Test
    void roleByEndpointMatrix() {
        Set<String> customerWriters = Set.of("admin", "head", "manager");
        Set<String> auditors = Set.of("admin", "head");
        for (String user : USERS) {
            Api api = Api.as(user);
            assertEquals(200, api.get("customers").getStatus(), user + " lists customers");
            assertEquals(200, api.get("categories").getStatus(), user + " lists categories");
            assertEquals(200, api.get("users/me").getStatus(), user + " reads own profile");
            assertEquals(auditors.contains(user) ? 200 : 403, api.get("audit").getStatus(), user + " audit");
            assertEquals(auditors.contains(user) ? 200 : 403, api.get("users").getStatus(), user + " users");
            assertEquals(auditors.contains(user) ? 200 : 403, api.get("categories", Map.of("all", true)).getStatus(),
                    user + " all categories");
            String category = user.equals("manager2") ? "DEALERS" : "KEY";
            int expected = customerWriters.contains(user) || user.equals("manager2") ? 201 : 403;
            Response created = api.post("customers", Customers.organization("ООО «Матрица " + user + "»",
                    TestRequisites.organizationInn(), "770101001", category).build().toString());
            assertEquals(expected, created.getStatus(), user + " creates a customer: " + created.readEntity(String.class));
            Response newCategory = api.post("categories",
                    "{\"code\":\"T" + Math.abs(System.nanoTime() % 1_000_000) + "\",\"nameRu\":\"Тест\"}");
            assertEquals(user.equals("admin") ? 201 : 403, newCategory.getStatus(), user + " creates a category");
        }
        assertEquals(401, Api.anonymous().get("customers").getStatus());
        assertEquals(401, Api.as("manager", "wrong").get("customers").getStatus());
        assertEquals(200, Api.anonymous().get("health").getStatus());
    }

    @Test
    void manager2CannotReadListCountOrChangeManagersCustomer() {
        JsonObject card = Customers.organizationIn(Api.as("manager"), "KEY");
        String path = "customers/" + card.getInt("id");
        Api manager2 = Api.as("manager2");

        assertEquals(404, manager2.get(path).getStatus());
        assertEquals(404, manager2.get(path + "/timeline").getStatus());
        assertEquals(404, manager2.get(path + "/contacts").getStatus());
        JsonObject byInn = Api.json(manager2.get("customers", Map.of("inn", card.getString("inn"))));
        assertEquals(0, byInn.getInt("total"));
        assertTrue(byInn.getJsonArray("items").isEmpty());
        JsonObject byName = Api.json(manager2.get("customers", Map.of("q", "ООО «Тест", "size", 200)));
        assertFalse(ids(byName).contains(card.getInt("id")));
        assertEquals(0, Api.json(manager2.get("customers", Map.of("category", "KEY"))).getInt("total"),
                "counts never include invisible records");
        String update = Customers.organization("Взлом", card.getString("inn"), card.getString("kpp"), "KEY")
                .add("version", card.getJsonNumber("version").longValue()).build().toString();
        assertEquals(404, manager2.put(path, update).getStatus());
        assertEquals(404, manager2.delete(path + "?version=" + card.getJsonNumber("version").longValue()).getStatus());
        String merge = "{\"survivorId\":" + card.getInt("id") + ",\"mergedId\":" + card.getInt("id") + "1}";
        assertTrue(Set.of(400, 404).contains(manager2.post("customers/merge", merge).getStatus()));

        assertEquals(200, Api.as("manager").get(path).getStatus());
        assertEquals(200, Api.as("head").get(path).getStatus(), "the head sees the team's categories");
    }

    @Test
    void aHeadGrantsAndRevokesCategoryAccess() {
        JsonObject card = Customers.organizationIn(Api.as("manager"), "RETAIL");
        String path = "customers/" + card.getInt("id");
        Api head = Api.as("head");
        long manager2Id = userId("manager2");

        assertEquals(404, Api.as("manager2").get(path).getStatus());
        assertEquals(200, head.put("users/" + manager2Id + "/grants/RETAIL", "").getStatus());
        assertEquals(200, Api.as("manager2").get(path).getStatus());
        assertEquals(403, Api.as("manager2").put(path, Customers.organization("Чужой", card.getString("inn"),
                        card.getString("kpp"), "RETAIL").add("version", card.getJsonNumber("version").longValue()).build().toString())
                .getStatus(), "seeing is not curating");
        assertEquals(204, head.delete("users/" + manager2Id + "/grants/RETAIL").getStatus());
        assertEquals(404, Api.as("manager2").get(path).getStatus());
        assertEquals(403, Api.as("manager").put("users/" + manager2Id + "/grants/RETAIL", "").getStatus());

        JsonObject audit = Api.json(head.get("audit", Map.of("entity", "user", "id", manager2Id)));
        List<String> actions = audit.getJsonArray("items").stream().map(e -> e.asJsonObject().getString("action")).toList();
        assertTrue(actions.contains("GRANT") && actions.contains("REVOKE"), actions.toString());
    }

    @Test
    void aHeadBlocksAUserOfTheTeam() {
        String login = "blocked" + System.nanoTime() % 100000;
        String user = "{\"login\":\"" + login + "\",\"fullName\":\"Block Test\",\"password\":\"secret-pass\","
                + "\"roles\":[\"SALES_MANAGER\"],\"headId\":" + userId("head") + "}";
        long id = Api.json(Api.as("admin").post("users", user)).getJsonNumber("id").longValue();
        assertEquals(200, Api.as(login, "secret-pass").get("customers").getStatus());
        assertEquals(200, Api.as("head").post("users/" + id + "/block", "").getStatus());
        assertEquals(401, Api.as(login, "secret-pass").get("customers").getStatus());
        assertEquals(403, Api.as("head").post("users/" + userId("finance") + "/block", "").getStatus(),
                "not in the head's team");
        assertEquals(200, Api.as("head").post("users/" + id + "/unblock", "").getStatus());
        assertEquals(200, Api.as(login, "secret-pass").get("customers").getStatus());
    }

    private static long userId(String login) {
        JsonObject users = Api.json(Api.as("admin").get("users", Map.of("size", 200)));
        return users.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(u -> u.getString("login").equals(login)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static List<Integer> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(e -> e.asJsonObject().getInt("id")).toList();
    }
}
