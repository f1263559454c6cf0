package ru.erp.crm.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(1);
            statement.execute("select 1 from dual");
            return ComponentStatus.up(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return ComponentStatus.down(e.getMessage());
        }
    }
}
