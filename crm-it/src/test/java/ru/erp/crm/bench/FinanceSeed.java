package ru.erp.crm.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.SearchName;

/**
 * Seeds the benchmark's customers and open invoices by plain JDBC batches into a database the
 * product's Flyway scripts migrated, before the CRM starts (creating 100,000 invoices through the
 * API, one audited transaction each, would take longer than the matching being measured). Ids are
 * drawn from the product's sequences in blocks of 50, exactly as EclipseLink draws them
 * ({@code allocationSize = 50}: a value V stands for V-49..V), so the CRM goes on from there without
 * a clash. The rows are what the product itself writes for an organisation in the FROM_1C
 * category with the CLIENT role, and for an UNPAID invoice.
 */
final class FinanceSeed {

    private static final int BATCH = 1000;
    private static final int BLOCK = 50;

    private final Connection db;
    private final Timestamp now = Timestamp.from(Instant.now());

    FinanceSeed(Connection db) {
        this.db = db;
    }

    /** Inserts the customers, then the invoices; returns the rows written (roles included). */
    long seed(SyntheticPayments data) throws SQLException {
        db.setAutoCommit(false);
        long[] customerIds = customers(data.customers());
        invoices(data, customerIds);
        db.commit();
        return 2L * data.customers() + data.invoices();
    }

    private long[] customers(int count) throws SQLException {
        long category = single("select id from customer_category where code = 'FROM_1C'");
        long[] ids = new long[count];
        Ids sequence = new Ids("counterparty_seq");
        try (PreparedStatement customer = db.prepareStatement("insert into counterparty (id, kind, name, full_name,"
                + " search_name, inn, kpp, ogrn, requisites_key, category_id, curator_id, head_office_id, legal_address,"
                + " actual_address, notes, merged_into_id, created_at, updated_at, version)"
                + " values (?, 'ORGANIZATION', ?, ?, ?, ?, ?, null, ?, ?, null, null, null, null, null, null, ?, ?, 1)");
             PreparedStatement role = db.prepareStatement("insert into counterparty_role (counterparty_id, role) values (?, 'CLIENT')")) {
            for (int c = 0; c < count; c++) {
                ids[c] = sequence.next();
                String name = SyntheticPayments.customerName(c);
                String inn = SyntheticPayments.customerInn(c);
                customer.setLong(1, ids[c]);
                customer.setString(2, name);
                customer.setString(3, name);
                customer.setString(4, SearchName.of(name));
                customer.setString(5, inn);
                customer.setString(6, SyntheticPayments.CUSTOMER_KPP);
                customer.setString(7, Counterparty.requisitesKey(inn, SyntheticPayments.CUSTOMER_KPP));
                customer.setLong(8, category);
                customer.setTimestamp(9, now);
                customer.setTimestamp(10, now);
                customer.addBatch();
                role.setLong(1, ids[c]);
                role.addBatch();
                if ((c + 1) % BATCH == 0 || c + 1 == count) {
                    customer.executeBatch();
                    role.executeBatch();
                    db.commit();
                }
            }
        }
        return ids;
    }

    private void invoices(SyntheticPayments data, long[] customerIds) throws SQLException {
        Ids sequence = new Ids("invoice_seq");
        try (PreparedStatement invoice = db.prepareStatement("insert into invoice (id, invoice_number, invoice_date,"
                + " counterparty_id, amount, paid_amount, currency, due_date, status, external_id, created_at, version)"
                + " values (?, ?, ?, ?, ?, 0, ?, ?, 'UNPAID', null, ?, 0)")) {
            for (long i = 0; i < data.invoices(); i++) {
                invoice.setLong(1, sequence.next());
                invoice.setString(2, SyntheticPayments.invoiceNumber(i));
                invoice.setDate(3, Date.valueOf(data.invoiceDate(i)));
                invoice.setLong(4, customerIds[data.customerOf(i)]);
                invoice.setBigDecimal(5, data.invoiceAmount(i));
                invoice.setString(6, SyntheticPayments.CURRENCY);
                invoice.setDate(7, Date.valueOf(data.dueDate(i)));
                invoice.setTimestamp(8, now);
                invoice.addBatch();
                if ((i + 1) % BATCH == 0 || i + 1 == data.invoices()) {
                    invoice.executeBatch();
                    db.commit();
                }
            }
        }
    }

    private long single(String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("No row for " + sql);
            }
            return row.getLong(1);
        }
    }

    /** Ids from a sequence of increment 50, a block per NEXTVAL, as EclipseLink takes them. */
    private final class Ids {
        private final String sql;
        private long next;
        private long last = -1;

        Ids(String sequence) {
            this.sql = "select " + sequence + ".nextval from dual";
        }

        long next() throws SQLException {
            if (last < 0 || next > last) {
                last = single(sql);
                next = last - BLOCK + 1;
            }
            return next++;
        }
    }
}
