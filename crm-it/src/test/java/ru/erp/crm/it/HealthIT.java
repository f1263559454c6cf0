package ru.erp.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CrmDeployment.ear();
    }

    @Test
    void healthReportsDatabaseSchemaAndCamelUp() {
        try (Api api = Api.anonymous()) {
            Response response = api.get("health");
            assertEquals(200, response.getStatus());
            JsonObject health = Api.json(response);
            assertEquals("UP", health.getString("status"));
            JsonObject checks = health.getJsonObject("checks");
            assertEquals("UP", checks.getJsonObject("database").getString("status"));
            assertEquals("UP", checks.getJsonObject("camel").getString("status"));
            assertTrue(Integer.parseInt(checks.getJsonObject("schemaVersion").getString("detail")) >= 1);
        }
    }
}
