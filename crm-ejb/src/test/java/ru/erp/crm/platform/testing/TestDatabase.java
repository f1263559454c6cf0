package ru.erp.crm.platform.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A database for boundary tests: H2 in Oracle mode, migrated by the product's scripts, mapped by
 * EclipseLink as Payara runs it. Each {@link #call} gets a fresh persistence context in its own
 * transaction, rolled back on failure, as a container-managed call would.
 */
public final class TestDatabase implements AutoCloseable {

    private final Connection connection;
    private final EntityManagerFactory factory;

    private TestDatabase(JdbcDataSource h2) throws SQLException {
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        this.connection = h2.getConnection();
        this.factory = Persistence.createEntityManagerFactory("crm", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", h2));
    }

    /** A new, empty database of its own, migrated to the latest version. */
    public static TestDatabase migrated() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("crm");
        try {
            return new TestDatabase(h2);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open the test database", e);
        }
    }

    /**
     * One boundary call: {@code wire} hands the call's entity manager to the beans taking part,
     * {@code work} runs in the transaction.
     */
    public <T> T call(Consumer<EntityManager> wire, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        wire.accept(em);
        em.getTransaction().begin();
        try {
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Runs statements outside JPA (test set-up), then forgets what EclipseLink had cached. */
    public void execute(String... statements) {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + String.join("; ", statements), e);
        }
        factory.getCache().evictAll();
    }

    /** Empties the tables, in the order given (children first). */
    public void delete(String... tables) {
        execute(Arrays.stream(tables).map(table -> "delete from " + table).toArray(String[]::new));
    }

    public long count(String table) {
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count " + table, e);
        }
    }

    @Override
    public void close() {
        factory.close();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot close the test database", e);
        }
    }
}
