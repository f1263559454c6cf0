package ru.erp.crm.finance.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.finance.entity.Payment;
import ru.erp.crm.finance.entity.PaymentAllocation;

/**
 * Writes a statement batch's new payments and their allocations as JDBC batch inserts on the
 * persistence context's own connection, so inside its transaction: managing a thousand new
 * payments and their allocations as entities (registered, cloned, change sets at commit) cost more
 * than the rows themselves. The payments were built and allocated as entities, so their rules
 * hold; the invoices they pay stay managed and are updated by JPA at commit, which keeps the shared
 * cache right. New rows are in no cache, so none goes stale. Ids come from the entities' sequences
 * in blocks of {@value #BLOCK}, as EclipseLink takes them ({@code allocationSize}), so the two never
 * hand out the same id; rows get version 1, as EclipseLink's first write would.
 */
final class PaymentRows {

    /** The {@code allocationSize} of the payment and allocation sequences. */
    static final int BLOCK = 50;

    private static final String PAYMENT = "insert into payment (id, idempotency_key, document_kind, document_number,"
            + " payment_date, amount, unallocated_amount, payer_inn, payer_kpp, payer_name, payer_account, payer_bik,"
            + " payee_account, purpose, counterparty_id, status, status_reason, channel, message_id, received_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    private static final String ALLOCATION = "insert into payment_allocation (id, payment_id, invoice_id, amount, matched_by,"
            + " matched_at) values (?, ?, ?, ?, ?, ?)";

    private PaymentRows() {
    }

    static void insert(EntityManager em, List<Payment> payments) {
        if (payments.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement paymentRows = connection.prepareStatement(PAYMENT);
             PreparedStatement allocationRows = connection.prepareStatement(ALLOCATION);
             Ids paymentIds = new Ids(connection, "payment_seq");
             Ids allocationIds = new Ids(connection, "payment_allocation_seq")) {
            boolean allocated = false;
            for (Payment payment : payments) {
                long id = paymentIds.next();
                bind(paymentRows, id, payment);
                paymentRows.addBatch();
                for (PaymentAllocation allocation : payment.allocations()) {
                    allocationRows.setLong(1, allocationIds.next());
                    allocationRows.setLong(2, id);
                    allocationRows.setLong(3, allocation.invoice().id());
                    allocationRows.setBigDecimal(4, allocation.amount());
                    allocationRows.setString(5, allocation.matchedBy());
                    allocationRows.setObject(6, utc(allocation.matchedAt()));
                    allocationRows.addBatch();
                    allocated = true;
                }
            }
            paymentRows.executeBatch();
            if (allocated) {
                allocationRows.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("the batch's payments could not be written", e);
        }
    }

    private static void bind(PreparedStatement row, long id, Payment payment) throws SQLException {
        row.setLong(1, id);
        row.setString(2, payment.key());
        row.setString(3, payment.kind());
        row.setString(4, payment.number());
        row.setObject(5, payment.date());
        row.setBigDecimal(6, payment.amount());
        row.setBigDecimal(7, payment.unallocatedAmount());
        row.setString(8, payment.payerInn());
        row.setString(9, payment.payerKpp());
        row.setString(10, payment.payerName());
        row.setString(11, payment.payerAccount());
        row.setString(12, payment.payerBik());
        row.setString(13, payment.payeeAccount());
        row.setString(14, payment.purpose());
        Long payer = payment.payer().map(Counterparty::id).orElse(null);
        if (payer == null) {
            row.setNull(15, Types.BIGINT);
        } else {
            row.setLong(15, payer);
        }
        row.setString(16, payment.status().name());
        row.setString(17, payment.statusReason().orElse(null));
        row.setString(18, payment.channel());
        if (payment.messageId() == null) {
            row.setNull(19, Types.BIGINT);
        } else {
            row.setLong(19, payment.messageId());
        }
        row.setObject(20, utc(payment.receivedAt()));
    }

    /** As {@code UtcInstantConverter} stores instants: UTC wall-clock time. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Ids from a sequence that steps by {@value #BLOCK}: each value read is the last of a fresh block. */
    private static final class Ids implements AutoCloseable {

        private final PreparedStatement nextValue;
        private long next;
        private long last = -1;

        Ids(Connection connection, String sequence) throws SQLException {
            this.nextValue = connection.prepareStatement("select " + sequence + ".nextval from dual");
        }

        long next() throws SQLException {
            if (next > last) {
                try (ResultSet value = nextValue.executeQuery()) {
                    value.next();
                    last = value.getLong(1);
                }
                next = last - BLOCK + 1;
            }
            return next++;
        }

        @Override
        public void close() throws SQLException {
            nextValue.close();
        }
    }
}
