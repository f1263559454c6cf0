package ru.erp.crm.catalog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue migration on H2 in Oracle mode, as the application runs it: it applies after the
 * customer base, and its keys hold what the import relies on.
 */
class CatalogSchemaTest {

    private static final String URL = "jdbc:h2:mem:catalog-schema;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    private static Connection connection;

    @BeforeAll
    static void migrate() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(URL, "sa", "");
        execute("insert into product_group (id, external_id, name, active, version) values (1, 'g1', 'Ковры', 1, 0)");
        execute("insert into price_type (id, external_id, name, currency, version) values (1, 'retail', 'Розничная', 'RUB', 0)");
        execute("insert into warehouse (id, external_id, name, version) values (1, 'w1', 'Главный', 0)");
        execute("insert into product (id, external_id, name, search_name, group_id, active, created_at, updated_at, version)"
                + " values (1, 'p1', 'Коврик', 'КОВРИК', 1, 1, systimestamp, systimestamp, 0)");
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void theCatalogueIsMigrationFour() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select \"description\" from \"flyway_schema_history\""
                     + " where \"version\" = '4' and \"success\"")) {
            result.next();
            assertEquals("catalog", result.getString(1));
        }
    }

    @Test
    void anExternalIdNamesOneProduct() {
        assertThrows(SQLIntegrityConstraintViolationException.class, () -> execute(
                "insert into product (id, external_id, name, search_name, active, created_at, updated_at, version)"
                        + " values (2, 'p1', 'Дубль', 'ДУБЛЬ', 1, systimestamp, systimestamp, 0)"));
    }

    @Test
    void aProductHasOnePricePerTypeAndOneStockLevelPerWarehouse() throws SQLException {
        execute("insert into product_price (id, product_id, price_type_id, unit_price, currency) values (1, 1, 1, 100.50, 'RUB')");
        assertThrows(SQLIntegrityConstraintViolationException.class, () -> execute(
                "insert into product_price (id, product_id, price_type_id, unit_price, currency) values (2, 1, 1, 90, 'RUB')"));
        execute("insert into stock_level (id, product_id, warehouse_id, quantity) values (1, 1, 1, 5.125)");
        assertThrows(SQLIntegrityConstraintViolationException.class, () -> execute(
                "insert into stock_level (id, product_id, warehouse_id, quantity) values (2, 1, 1, 1)"));
    }

    @Test
    void aChoiceIsUniqueWithinItsProperty() throws SQLException {
        execute("insert into product_property (id, external_id, name, version) values (1, 'color', 'Цвет', 0)");
        execute("insert into property_choice (property_id, external_id, choice_value) values (1, 'red', 'Красный')");
        assertThrows(SQLIntegrityConstraintViolationException.class, () -> execute(
                "insert into property_choice (property_id, external_id, choice_value) values (1, 'red', 'Алый')"));
    }

    @Test
    void valuesAndSearchKeysBelongToAnExistingProduct() {
        assertThrows(SQLIntegrityConstraintViolationException.class, () -> execute(
                "insert into product_search_key (product_id, search_key) values (99, 'КОВРИК')"));
        assertThrows(SQLIntegrityConstraintViolationException.class, () -> execute(
                "insert into product_property_value (product_id, property_external_id, property_value) values (99, 'color', 'red')"));
    }

    private static void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
