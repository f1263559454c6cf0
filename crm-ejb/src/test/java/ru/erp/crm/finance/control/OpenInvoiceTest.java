package ru.erp.crm.finance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.finance.control.PaymentMatcher.Allocation;

class OpenInvoiceTest {

    @Test
    void theOpenAmountIsWhatIsNotPaidAndBookingLowersIt() {
        OpenInvoice invoice = new OpenInvoice(1L, 3L, "БП-000123", "7707083893", new BigDecimal("1000.00"),
                new BigDecimal("400.00"));
        assertEquals(new BigDecimal("600.00"), invoice.openAmount());

        invoice.book(new BigDecimal("600.00"));

        assertEquals(0, invoice.openAmount().signum());
        assertFalse(invoice.isOpen());
    }

    @Test
    void moreThanIsOpenOrNothingIsNotBooked() {
        OpenInvoice invoice = new OpenInvoice(1L, 0L, "7", null, new BigDecimal("100.00"), new BigDecimal("0.00"));

        assertThrows(IllegalArgumentException.class, () -> invoice.book(new BigDecimal("100.01")));
        assertThrows(IllegalArgumentException.class, () -> invoice.book(BigDecimal.ZERO));
        assertTrue(invoice.isOpen());
    }

    @Test
    void theMatcherDecidesOnValuesAsOnEntitiesAndSeesWhatWasBooked() {
        OpenInvoice cited = new OpenInvoice(1L, 0L, "БП-000123", null, new BigDecimal("1000.00"), new BigDecimal("0.00"));
        OpenInvoice other = new OpenInvoice(2L, 0L, "БП-000124", null, new BigDecimal("300.00"), new BigDecimal("0.00"));

        assertEquals(List.of(new Allocation<>(cited, new BigDecimal("700.00"))),
                PaymentMatcher.decide("Аванс по сч. 123", new BigDecimal("700.00"), List.of(other, cited)).allocations());
        cited.book(new BigDecimal("700.00"));
        assertEquals(PaymentMatcher.Unmatched.SEVERAL_INVOICES_WITH_AMOUNT,
                PaymentMatcher.decide("Оплата", new BigDecimal("300.00"), List.of(other, cited)).unmatched());
    }
}
