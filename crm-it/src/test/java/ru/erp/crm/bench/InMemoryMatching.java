package ru.erp.crm.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.finance.control.PaymentMatcher;
import ru.erp.crm.finance.control.PaymentMatcher.Allocation;
import ru.erp.crm.finance.control.PaymentMatcher.Decision;
import ru.erp.crm.finance.entity.Invoice;
import ru.erp.crm.finance.entity.InvoiceStatus;
import ru.erp.crm.finance.entity.PaymentStatus;

/**
 * The product's {@link PaymentMatcher} alone over the benchmark's data, in memory: the invoices as
 * entities grouped by the payer's INN (what the product loads per batch), every payment decided
 * and its allocations booked on the invoices ({@code Invoice.allocate}), so later payments see the
 * open amounts the earlier ones left. No database, no statement parsing, no persistence: the
 * upper bound of the matching itself.
 */
final class InMemoryMatching {

    /** How the run came out: payments and invoices per status, and the time the decisions took. */
    record Outcome(Map<PaymentStatus, Long> payments, Map<InvoiceStatus, Long> invoices, double seconds) {

        double rate(long count) {
            return count / seconds;
        }
    }

    private InMemoryMatching() {
    }

    /** One pass over fresh invoices; only the decisions and their bookings are timed. */
    static Outcome run(SyntheticPayments data) {
        Map<String, List<Invoice>> byInn = invoicesByInn(data);
        int payments = Math.toIntExact(data.payments());
        String[] purposes = new String[payments];
        BigDecimal[] amounts = new BigDecimal[payments];
        String[] inns = new String[payments];
        for (int p = 0; p < payments; p++) {
            purposes[p] = data.purpose(p);
            amounts[p] = data.amount(p);
            inns[p] = data.payerInn(p);
        }
        Map<PaymentStatus, Long> statuses = new EnumMap<>(PaymentStatus.class);
        long started = System.nanoTime();
        for (int p = 0; p < payments; p++) {
            Decision<Invoice> decision = PaymentMatcher.decide(purposes[p], amounts[p], byInn.getOrDefault(inns[p], List.of()));
            BigDecimal allocated = BigDecimal.ZERO;
            for (Allocation<Invoice> allocation : decision.allocations()) {
                allocation.invoice().allocate(allocation.amount());
                allocated = allocated.add(allocation.amount());
            }
            PaymentStatus status = !decision.matched() ? PaymentStatus.UNMATCHED
                    : allocated.compareTo(amounts[p]) == 0 ? PaymentStatus.MATCHED : PaymentStatus.PARTLY_MATCHED;
            statuses.merge(status, 1L, Long::sum);
        }
        double seconds = BenchLog.seconds(started);
        Map<InvoiceStatus, Long> invoices = new EnumMap<>(InvoiceStatus.class);
        byInn.values().forEach(list -> list.forEach(invoice -> invoices.merge(invoice.status(), 1L, Long::sum)));
        return new Outcome(statuses, invoices, seconds);
    }

    private static Map<String, List<Invoice>> invoicesByInn(SyntheticPayments data) {
        CustomerCategory category = new CustomerCategory("FROM_1C", "Из 1С", "From 1C");
        Instant now = Instant.now();
        Counterparty[] customers = new Counterparty[data.customers()];
        for (int c = 0; c < customers.length; c++) {
            customers[c] = new Counterparty(CounterpartyKind.ORGANIZATION, SyntheticPayments.customerName(c), category, now);
            customers[c].changeRequisites(SyntheticPayments.customerInn(c), SyntheticPayments.CUSTOMER_KPP, null);
        }
        Map<String, List<Invoice>> byInn = new HashMap<>();
        for (long i = 0; i < data.invoices(); i++) {
            Counterparty customer = customers[data.customerOf(i)];
            byInn.computeIfAbsent(customer.inn(), inn -> new ArrayList<>()).add(new Invoice(SyntheticPayments.invoiceNumber(i),
                    data.invoiceDate(i), customer, data.invoiceAmount(i), SyntheticPayments.CURRENCY, data.dueDate(i), null, now));
        }
        return byInn;
    }
}
