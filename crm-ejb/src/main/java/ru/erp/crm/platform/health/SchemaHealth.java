package ru.erp.crm.platform.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import ru.erp.crm.platform.database.SchemaMigration;

/** The schema version Flyway reached at start-up; down if migration never completed. */
@ApplicationScoped
public class SchemaHealth implements HealthCheck {

    @EJB
    SchemaMigration schema;

    @Override
    public String name() {
        return "schemaVersion";
    }

    @Override
    public ComponentStatus check() {
        String version = schema.version();
        return version == null ? ComponentStatus.down("not migrated") : ComponentStatus.up(version);
    }
}
