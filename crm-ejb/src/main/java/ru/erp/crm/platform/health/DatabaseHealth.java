package ru.erp.crm.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The database answers a trivial query within a second. */
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/crm")
    DataSource dataSource;

    @Override
    public String name() {
        return "database";
    }

    @Override
    public ComponentStatus check() {
        // isValid(1), not Statement.setQueryTimeout(1): H2 applies a statement's query timeout to
        // the whole session, so every health check left its pooled connection cancelling any later
        // statement that ran over one second (a large import batch, a count over a million rows).
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(1)) {
                return ComponentStatus.down("the database did not answer within 1 s");
            }
            return ComponentStatus.up(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return ComponentStatus.down(e.getMessage());
        }
    }
}
