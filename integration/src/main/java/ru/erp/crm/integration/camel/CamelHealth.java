package ru.erp.crm.integration.camel;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.CamelContext;
import ru.erp.crm.platform.health.ComponentStatus;
import ru.erp.crm.platform.health.HealthCheck;

/** Camel is started and none of its routes is stopped. */
@ApplicationScoped
public class CamelHealth implements HealthCheck {

    @EJB
    CamelBootstrap bootstrap;

    @Override
    public String name() {
        return "camel";
    }

    @Override
    public ComponentStatus check() {
        CamelContext camel = bootstrap.context();
        if (camel == null || !camel.isStarted()) {
            return ComponentStatus.down("not started");
        }
        long stopped = camel.getRoutes().stream()
                .filter(route -> !camel.getRouteController().getRouteStatus(route.getRouteId()).isStarted())
                .count();
        String detail = camel.getRoutes().size() + " routes";
        return stopped == 0 ? ComponentStatus.up(detail) : ComponentStatus.down(stopped + " of " + detail + " stopped");
    }
}
