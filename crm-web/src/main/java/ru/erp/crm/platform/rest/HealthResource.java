package ru.erp.crm.platform.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.erp.crm.platform.health.ComponentStatus;
import ru.erp.crm.platform.health.HealthCheck;

@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    Instance<HealthCheck> checks;

    @GET
    @Operation(summary = "State of the database, the schema and Camel; 503 when any is down")
    public Response health() {
        Map<String, Object> results = new LinkedHashMap<>();
        boolean up = true;
        for (HealthCheck check : checks) {
            ComponentStatus status = check.check();
            up &= status.up();
            results.put(check.name(), Map.of("status", status.up() ? "UP" : "DOWN", "detail", status.detail()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up ? "UP" : "DOWN");
        body.put("checks", results);
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }
}
