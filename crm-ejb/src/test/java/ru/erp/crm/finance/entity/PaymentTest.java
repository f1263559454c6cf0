package ru.erp.crm.finance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.problem.RuleViolationException;

class PaymentTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private final Counterparty customer = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Ромашка»",
            new CustomerCategory("KEY", "Ключевые", "Key"), Instant.EPOCH);

    @Test
    void theKeyIdentifiesTheBankDocumentNotItsWording() {
        PaymentDocument document = document("Платежное поручение", "15", "1000.00", "по счету 1");
        PaymentDocument reworded = new PaymentDocument(" платежное поручение ", "15", DAY, new BigDecimal("1000"),
                "7707083893", null, "Другое имя", "40702810000000000001", "044525225", "40702810000000000002",
                "оплата по сч. 1");

        assertEquals(64, document.key().length());
        assertEquals(document.key(), reworded.key());
        assertNotEquals(document.key(), document("Платежное поручение", "16", "1000.00", "по счету 1").key());
        assertNotEquals(document.key(), document("Платежное поручение", "15", "1000.01", "по счету 1").key());
        assertNotEquals(document.key(), document("Платежное требование", "15", "1000.00", "по счету 1").key());
        assertNotEquals(document.key(), new PaymentDocument("Платежное поручение", "15", DAY.plusDays(1),
                new BigDecimal("1000"), null, null, null, "40702810000000000001", null, "40702810000000000002", null).key());
        assertNotEquals(document.key(), new PaymentDocument("Платежное поручение", "15", DAY,
                new BigDecimal("1000"), null, null, null, "40702810000000000009", null, "40702810000000000002", null).key());
    }

    @Test
    void allocationsNeverExceedThePaymentAndSetItsStatus() {
        Payment payment = new Payment(document("Платежное поручение", "1", "1000", null), customer, "bank", 7L, Instant.EPOCH);
        Invoice first = invoice("600");
        Invoice second = invoice("600");
        assertEquals(PaymentStatus.UNMATCHED, payment.status());

        payment.allocate(first, new BigDecimal("600"), Payment.AUTO, Instant.EPOCH);
        assertEquals(PaymentStatus.PARTLY_MATCHED, payment.status());
        assertEquals(new BigDecimal("400.00"), payment.unallocatedAmount());

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> payment.allocate(second, new BigDecimal("400.01"), "anna", Instant.EPOCH));
        assertEquals("crm.rule.payment.overAllocated", refused.messageKey());
        assertEquals(InvoiceStatus.UNPAID, second.status());

        payment.allocate(second, new BigDecimal("400"), "anna", Instant.EPOCH);
        assertEquals(PaymentStatus.MATCHED, payment.status());
        assertEquals(InvoiceStatus.PARTLY_PAID, second.status());
        assertEquals(List.of(Payment.AUTO, "anna"), payment.allocations().stream().map(PaymentAllocation::matchedBy).toList());
    }

    @Test
    void anInvoiceWithLessOpenRefusesTheShareAndThePaymentKeepsIt() {
        Payment payment = new Payment(document("Платежное поручение", "1", "1000", null), null, "bank", 7L, Instant.EPOCH);

        assertThrows(RuleViolationException.class,
                () -> payment.allocate(invoice("100"), new BigDecimal("200"), "anna", Instant.EPOCH));

        assertEquals(new BigDecimal("1000.00"), payment.unallocatedAmount());
        assertEquals(List.of(), payment.allocations());
    }

    @Test
    void onlyAnUnmatchedPaymentCanBeIgnoredAndThenTakesNoAllocation() {
        Payment ignored = new Payment(document("Платежное поручение", "1", "10", null), null, "bank", 7L, Instant.EPOCH);
        ignored.ignore("refund of a deposit");
        assertEquals(PaymentStatus.IGNORED, ignored.status());
        assertEquals("refund of a deposit", ignored.statusReason().orElseThrow());
        assertEquals("crm.rule.payment.ignored", assertThrows(RuleViolationException.class,
                () -> ignored.allocate(invoice("10"), BigDecimal.TEN, "anna", Instant.EPOCH)).messageKey());

        Payment matched = new Payment(document("Платежное поручение", "2", "10", null), null, "bank", 7L, Instant.EPOCH);
        matched.allocate(invoice("10"), BigDecimal.TEN, Payment.AUTO, Instant.EPOCH);
        assertThrows(RuleViolationException.class, () -> matched.ignore("no"));
    }

    private PaymentDocument document(String kind, String number, String amount, String purpose) {
        return new PaymentDocument(kind, number, DAY, new BigDecimal(amount), "7707083893", "770701001", "ООО «Ромашка»",
                "40702810000000000001", "044525225", "40702810000000000002", purpose);
    }

    private Invoice invoice(String amount) {
        return new Invoice("1", DAY, customer, new BigDecimal(amount), "RUB", DAY, null, Instant.EPOCH);
    }
}
