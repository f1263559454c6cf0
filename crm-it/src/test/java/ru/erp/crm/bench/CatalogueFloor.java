package ru.erp.crm.bench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flywaydb.core.Flyway;
import ru.erp.crm.customer.entity.SearchName;

/**
 * The floor the catalogue import is compared with: a plain StAX pass over the same import.xml and
 * offers.xml, and plain JDBC batch INSERTs (committed every 1,000 elements, like the product's
 * batches) of the rows the product ends up with, into a fresh H2 file database migrated by the
 * product's own Flyway scripts: groups, price type, warehouses; per product one {@code product}
 * row and its two {@code product_search_key} rows (name, article); per offer one
 * {@code product_price} and two {@code stock_level} rows. Price types and warehouses that offers.xml
 * repeats are known already and written once. Unlike the product it computes no content
 * hashes, looks nothing up in the database (ids come from a map in memory) and never updates a
 * row, so the ratio is on the conservative side.
 */
final class CatalogueFloor {

    private static final int BATCH = 1000;

    private final String url;
    private final Map<String, Long> groups = new HashMap<>();
    private final Map<String, Long> priceTypes = new HashMap<>();
    private final Map<String, Long> warehouses = new HashMap<>();
    private final Map<String, Long> products = new HashMap<>();
    private long nextId = 1;

    CatalogueFloor(Path dir, Path migrations) {
        url = "jdbc:h2:" + dir.resolve("floor") + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH";
        Flyway.configure().dataSource(url, "crm", "crm").locations("filesystem:" + migrations).load().migrate();
    }

    /** Parses and inserts both files; returns the number of products loaded. */
    long load(Path importXml, Path offersXml) throws IOException, SQLException, XMLStreamException {
        try (Connection db = DriverManager.getConnection(url, "crm", "crm")) {
            db.setAutoCommit(false);
            try (Inserts inserts = new Inserts(db)) {
                read(importXml, inserts);
                inserts.flush();
                read(offersXml, inserts);
                inserts.flush();
            }
        }
        return products.size();
    }

    /** Walks the document; each Группа, ТипЦены, Склад (definition), Товар and Предложение becomes its rows. */
    private void read(Path file, Inserts inserts) throws IOException, SQLException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            Deque<String> path = new ArrayDeque<>();
            Deque<Map<String, String>> records = new ArrayDeque<>();
            Deque<Long> openGroups = new ArrayDeque<>();
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    String parent = path.peek();
                    path.push(name);
                    text.setLength(0);
                    if (name.equals("Группа") && "Группы".equals(parent) && inClassifier(path)) {
                        openGroups.push(nextId++);
                        records.push(new HashMap<>());
                    } else if (name.equals("ТипЦены") || name.equals("Товар") || name.equals("Предложение")
                            || (name.equals("Склад") && "Склады".equals(parent))) {
                        records.push(new HashMap<>());
                    } else if (name.equals("БазоваяЕдиница") && "Товар".equals(parent)) {
                        String code = xml.getAttributeValue(null, "Код");
                        records.peek().put("unitCode", code == null ? null : code.strip());
                    } else if (name.equals("Склад") && "Предложение".equals(parent)) {
                        records.peek().put("stock:" + xml.getAttributeValue(null, "ИдСклада"),
                                xml.getAttributeValue(null, "КоличествоНаСкладе"));
                    }
                } else if (event == XMLStreamConstants.CHARACTERS) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = path.pop();
                    String parent = path.peek();
                    if (name.equals("Группа") && "Группы".equals(parent) && !openGroups.isEmpty() && records.size() == openGroups.size()) {
                        Map<String, String> group = records.pop();
                        long id = openGroups.pop();
                        groups.put(group.get("Ид"), id);
                        inserts.group(id, group.get("Ид"), openGroups.peek(), group.get("Наименование"));
                    } else if (name.equals("ТипЦены")) {
                        Map<String, String> type = records.pop();
                        if (!priceTypes.containsKey(type.get("Ид"))) {
                            long id = nextId++;
                            priceTypes.put(type.get("Ид"), id);
                            inserts.priceType(id, type.get("Ид"), type.get("Наименование"), type.get("Валюта"));
                        }
                    } else if (name.equals("Склад") && "Склады".equals(parent)) {
                        Map<String, String> warehouse = records.pop();
                        if (!warehouses.containsKey(warehouse.get("Ид"))) {
                            long id = nextId++;
                            warehouses.put(warehouse.get("Ид"), id);
                            inserts.warehouse(id, warehouse.get("Ид"), warehouse.get("Наименование"));
                        }
                    } else if (name.equals("Товар")) {
                        Map<String, String> product = records.pop();
                        long id = nextId++;
                        products.put(product.get("Ид"), id);
                        inserts.product(id, product, groups.get(product.get("group")));
                    } else if (name.equals("Предложение")) {
                        Map<String, String> offer = records.pop();
                        inserts.offer(products.get(offer.get("Ид")), offer, priceTypes, warehouses, this::nextId);
                    } else if (!records.isEmpty()) {
                        String value = text.toString().strip();
                        if (name.equals("Ид") && "Группы".equals(parent)) {
                            records.peek().putIfAbsent("group", value);
                        } else if (name.equals("Ид") || name.equals("Наименование")) {
                            records.peek().putIfAbsent(name, value);
                        } else if (!value.isEmpty()) {
                            records.peek().put(name, value);
                        }
                    }
                    text.setLength(0);
                }
            }
            xml.close();
        }
    }

    private long nextId() {
        return nextId++;
    }

    private static boolean inClassifier(Deque<String> path) {
        return path.contains("Классификатор");
    }

    /** The prepared statements, executed and committed every {@value #BATCH} elements. */
    private static final class Inserts implements AutoCloseable {

        private final Connection db;
        private final PreparedStatement group;
        private final PreparedStatement priceType;
        private final PreparedStatement warehouse;
        private final PreparedStatement product;
        private final PreparedStatement searchKey;
        private final PreparedStatement price;
        private final PreparedStatement stock;
        private int pending;

        Inserts(Connection db) throws SQLException {
            this.db = db;
            group = db.prepareStatement("insert into product_group (id, external_id, parent_id, name, active, version) values (?, ?, ?, ?, 1, 1)");
            priceType = db.prepareStatement("insert into price_type (id, external_id, name, currency, version) values (?, ?, ?, ?, 1)");
            warehouse = db.prepareStatement("insert into warehouse (id, external_id, name, version) values (?, ?, ?, 1)");
            product = db.prepareStatement("insert into product (id, external_id, parent_id, article, name, search_name, group_id,"
                    + " unit_code, unit_name, vat_rate, active, created_at, updated_at, version)"
                    + " values (?, ?, null, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 1)");
            searchKey = db.prepareStatement("insert into product_search_key (product_id, search_key) values (?, ?)");
            price = db.prepareStatement("insert into product_price (id, product_id, price_type_id, unit_price, currency, unit) values (?, ?, ?, ?, ?, ?)");
            stock = db.prepareStatement("insert into stock_level (id, product_id, warehouse_id, quantity) values (?, ?, ?, ?)");
        }

        void group(long id, String externalId, Long parent, String name) throws SQLException {
            group.setLong(1, id);
            group.setString(2, externalId);
            group.setObject(3, parent);
            group.setString(4, name);
            group.executeUpdate();
        }

        void priceType(long id, String externalId, String name, String currency) throws SQLException {
            priceType.setLong(1, id);
            priceType.setString(2, externalId);
            priceType.setString(3, name);
            priceType.setString(4, currency);
            priceType.executeUpdate();
        }

        void warehouse(long id, String externalId, String name) throws SQLException {
            warehouse.setLong(1, id);
            warehouse.setString(2, externalId);
            warehouse.setString(3, name);
            warehouse.executeUpdate();
        }

        void product(long id, Map<String, String> element, Long groupId) throws SQLException {
            Timestamp now = Timestamp.from(Instant.now());
            String name = element.get("Наименование");
            String article = element.get("Артикул");
            product.setLong(1, id);
            product.setString(2, element.get("Ид"));
            product.setString(3, article);
            product.setString(4, name);
            product.setString(5, SearchName.of(name));
            product.setObject(6, groupId);
            product.setString(7, element.get("unitCode"));
            product.setString(8, element.get("БазоваяЕдиница"));
            product.setBigDecimal(9, element.containsKey("Ставка") ? new BigDecimal(element.get("Ставка")) : null);
            product.setTimestamp(10, now);
            product.setTimestamp(11, now);
            product.addBatch();
            searchKey.setLong(1, id);
            searchKey.setString(2, SearchName.of(name));
            searchKey.addBatch();
            searchKey.setLong(1, id);
            searchKey.setString(2, SearchName.of(article));
            searchKey.addBatch();
            counted();
        }

        void offer(long productId, Map<String, String> element, Map<String, Long> priceTypes, Map<String, Long> warehouses,
                   LongSupplier ids) throws SQLException {
            price.setLong(1, ids.getAsLong());
            price.setLong(2, productId);
            price.setLong(3, priceTypes.get(element.get("ИдТипаЦены")));
            price.setBigDecimal(4, new BigDecimal(element.get("ЦенаЗаЕдиницу")));
            price.setString(5, element.get("Валюта"));
            price.setString(6, element.get("Единица"));
            price.addBatch();
            for (Map.Entry<String, String> at : element.entrySet()) {
                if (at.getKey().startsWith("stock:")) {
                    stock.setLong(1, ids.getAsLong());
                    stock.setLong(2, productId);
                    stock.setLong(3, warehouses.get(at.getKey().substring(6)));
                    stock.setBigDecimal(4, new BigDecimal(at.getValue()));
                    stock.addBatch();
                }
            }
            counted();
        }

        private void counted() throws SQLException {
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            product.executeBatch();
            searchKey.executeBatch();
            price.executeBatch();
            stock.executeBatch();
            db.commit();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : new PreparedStatement[] {group, priceType, warehouse, product, searchKey, price, stock}) {
                statement.close();
            }
        }
    }
}
