package ru.erp.crm.finance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.problem.RuleViolationException;

class InvoiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private final Counterparty customer = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Ромашка»",
            new CustomerCategory("KEY", "Ключевые", "Key"), Instant.EPOCH);

    @Test
    void paymentsMoveTheStatusFromUnpaidThroughPartlyPaidToPaid() {
        Invoice invoice = invoice("1000");
        assertEquals(InvoiceStatus.UNPAID, invoice.status());
        assertEquals(new BigDecimal("1000.00"), invoice.openAmount());

        invoice.allocate(new BigDecimal("250.5"));
        assertEquals(InvoiceStatus.PARTLY_PAID, invoice.status());
        assertEquals(new BigDecimal("749.50"), invoice.openAmount());

        invoice.allocate(new BigDecimal("749.50"));
        assertEquals(InvoiceStatus.PAID, invoice.status());
        assertEquals(new BigDecimal("1000.00"), invoice.paidAmount());
        assertEquals(BigDecimal.ZERO.setScale(2), invoice.openAmount());
    }

    @Test
    void aRevisionTakesOverTheIssuersValuesAndTheStatusFollowsThePaidAmount() {
        Invoice invoice = invoice("1000");
        invoice.allocate(new BigDecimal("400"));

        assertTrue(invoice.revise("СЧ-2", DAY.plusDays(1), new BigDecimal("400.00"), DAY.plusDays(11)));

        assertEquals(InvoiceStatus.PAID, invoice.status());
        assertEquals("СЧ-2", invoice.number());
        assertEquals(DAY.plusDays(11), invoice.dueDate());
        assertFalse(invoice.revise("СЧ-2", DAY.plusDays(1), new BigDecimal("400"), DAY.plusDays(11)), "nothing new");
        assertTrue(invoice.revise("СЧ-2", DAY.plusDays(1), new BigDecimal("500"), DAY.plusDays(11)));
        assertEquals(InvoiceStatus.PARTLY_PAID, invoice.status());
    }

    @Test
    void aRevisionNeverGoesBelowThePaidAmountNorTouchesACancelledInvoice() {
        Invoice invoice = invoice("1000");
        invoice.allocate(new BigDecimal("400"));

        RuleViolationException belowPaid = assertThrows(RuleViolationException.class,
                () -> invoice.revise("1", DAY, new BigDecimal("399.99"), DAY));
        assertEquals("crm.rule.invoice.belowPaid", belowPaid.messageKey());
        assertEquals(new BigDecimal("1000.00"), invoice.amount(), "nothing changed");
        assertThrows(IllegalArgumentException.class, () -> invoice.revise("1", DAY, new BigDecimal("500"), DAY.minusDays(1)));

        Invoice cancelled = invoice("10");
        cancelled.cancel();
        assertEquals("crm.rule.invoice.cancelled", assertThrows(RuleViolationException.class,
                () -> cancelled.revise("1", DAY, BigDecimal.TEN, DAY)).messageKey());
    }

    @Test
    void moreThanTheOpenAmountIsRefusedAndChangesNothing() {
        Invoice invoice = invoice("100");
        invoice.allocate(new BigDecimal("60"));

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> invoice.allocate(new BigDecimal("40.01")));

        assertEquals("crm.rule.invoice.overAllocated", refused.messageKey());
        assertEquals(new BigDecimal("40.00"), invoice.openAmount());
        assertThrows(IllegalArgumentException.class, () -> invoice.allocate(BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> invoice.allocate(new BigDecimal("0.001")));
    }

    @Test
    void aPaidOrCancelledInvoiceTakesNoMoney() {
        Invoice paid = invoice("100");
        paid.allocate(new BigDecimal("100"));
        assertEquals("crm.rule.invoice.notOpen",
                assertThrows(RuleViolationException.class, () -> paid.allocate(BigDecimal.ONE)).messageKey());

        Invoice cancelled = invoice("100");
        cancelled.cancel();
        assertEquals(InvoiceStatus.CANCELLED, cancelled.status());
        assertEquals(BigDecimal.ZERO.setScale(2), cancelled.openAmount());
        assertThrows(RuleViolationException.class, () -> cancelled.allocate(BigDecimal.ONE));
        assertThrows(RuleViolationException.class, paid::cancel);
    }

    @Test
    void overdueMeansOpenAfterTheDueDate() {
        Invoice invoice = invoice("100");
        LocalDate due = invoice.dueDate();

        assertFalse(invoice.overdue(due));
        assertTrue(invoice.overdue(due.plusDays(1)));
        invoice.allocate(new BigDecimal("100"));
        assertFalse(invoice.overdue(due.plusDays(1)));
    }

    @Test
    void anInvoiceIsDueOnOrAfterItsDateAndHasAPositiveAmount() {
        assertThrows(IllegalArgumentException.class,
                () -> new Invoice("1", DAY, customer, BigDecimal.TEN, "RUB", DAY.minusDays(1), null, Instant.EPOCH));
        assertThrows(IllegalArgumentException.class,
                () -> new Invoice("1", DAY, customer, new BigDecimal("-1"), "RUB", DAY, null, Instant.EPOCH));
        assertFalse(new Invoice("1", DAY, customer, BigDecimal.TEN, "RUB", DAY, " ", Instant.EPOCH).externalId().isPresent());
    }

    private Invoice invoice(String amount) {
        return new Invoice("42", DAY, customer, new BigDecimal(amount), "RUB", DAY.plusDays(14), null, Instant.EPOCH);
    }
}
