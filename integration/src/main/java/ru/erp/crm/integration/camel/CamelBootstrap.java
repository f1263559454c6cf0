package ru.erp.crm.integration.camel;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import ru.erp.crm.platform.database.SchemaMigration;

/**
 * Owns the one CamelContext of the application (Camel 4 has no CDI module). Starts after the
 * schema migration, adds every {@link RoutesBuilder} bean of this module, and fails the
 * deployment loudly when a route cannot start.
 */
@Singleton
@Startup
public class CamelBootstrap {

    private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());
    private static final int SHUTDOWN_SECONDS = 10;

    @EJB
    SchemaMigration schema;

    @Inject
    Instance<RoutesBuilder> routes;

    private CamelContext camel;

    @PostConstruct
    void start() {
        // Calling the migration singleton makes the container initialise it first.
        String schemaVersion = schema.version();
        LOG.info(() -> "Starting Camel on schema " + schemaVersion);
        camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName("crm");
        // An import caught by an undeployment rolls its batch back and resumes at the next start;
        // waiting the default 45 s for it only delays the undeployment.
        camel.getShutdownStrategy().setTimeout(SHUTDOWN_SECONDS);
        CronScheduler.install(camel);
        try {
            for (RoutesBuilder builder : routes) {
                camel.addRoutes(builder);
            }
            camel.start();
        } catch (Exception e) {
            throw new IllegalStateException("Camel routes failed to start", e);
        }
    }

    @PreDestroy
    void stop() {
        camel.stop();
    }

    public CamelContext context() {
        return camel;
    }
}
