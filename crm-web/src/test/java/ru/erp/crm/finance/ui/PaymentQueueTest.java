package ru.erp.crm.finance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.finance.boundary.InvoiceView;
import ru.erp.crm.finance.boundary.MatchCandidate;
import ru.erp.crm.finance.boundary.PaymentQuery;
import ru.erp.crm.finance.boundary.PaymentView;
import ru.erp.crm.finance.boundary.Payments;
import ru.erp.crm.finance.entity.InvoiceStatus;
import ru.erp.crm.finance.entity.PaymentStatus;

class PaymentQueueTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private final List<String> asked = new ArrayList<>();
    private final PaymentQueue queue = new PaymentQueue();

    PaymentQueueTest() {
        queue.payments = new Payments() {
            @Override
            public List<MatchCandidate> matchCandidates(long paymentId, String number, boolean anyCustomer) {
                asked.add(paymentId + " " + number + " " + anyCustomer);
                return List.of(candidate(31L, "60.00"));
            }
        };
    }

    @Test
    void theListOpensOnTheQueueAndClearingGoesBackToIt() {
        assertEquals(new PaymentQuery(PaymentStatus.UNMATCHED, null, null, null), queue.query());

        queue.setStatus(null);
        queue.setFrom(DAY);
        queue.setPayerInn(" 7707083893 ");
        assertEquals(new PaymentQuery(null, DAY, null, "7707083893"), queue.query());

        queue.clear();
        assertEquals(new PaymentQuery(PaymentStatus.UNMATCHED, null, null, null), queue.query());
    }

    @Test
    void aPayerTheBaseDoesNotKnowIsMatchedToAnyCustomersInvoiceByNumber() {
        queue.startMatch(payment(5L, null, PaymentStatus.UNMATCHED));
        assertTrue(queue.isAnyCustomer());
        queue.complete("СЧ-1");

        queue.startMatch(payment(6L, 42L, PaymentStatus.UNMATCHED));
        assertFalse(queue.isAnyCustomer());
        assertNull(queue.getCandidate());
        queue.complete("");

        assertEquals(List.of("5 СЧ-1 true", "6  false"), asked);
    }

    @Test
    void aPickedInvoiceBringsTheAmountMatchingWouldBook() {
        queue.startMatch(payment(6L, 42L, PaymentStatus.UNMATCHED));
        queue.complete("СЧ");
        MatchCandidate picked = queue.getCandidateConverter().getAsObject(null, null, "31");

        queue.pick(picked);

        assertEquals(new BigDecimal("60.00"), queue.getAmount());
        assertEquals("31", queue.getCandidateConverter().getAsString(null, null, picked));
    }

    @Test
    void onlyUnmatchedPaymentsAreIgnoredAndThoseWithMoneyLeftMatched() {
        assertTrue(queue.canMatch(payment(1L, null, PaymentStatus.UNMATCHED)));
        assertTrue(queue.canMatch(payment(1L, null, PaymentStatus.PARTLY_MATCHED)));
        assertFalse(queue.canMatch(payment(1L, null, PaymentStatus.MATCHED)));
        assertTrue(queue.canIgnore(payment(1L, null, PaymentStatus.UNMATCHED)));
        assertFalse(queue.canIgnore(payment(1L, null, PaymentStatus.PARTLY_MATCHED)));
    }

    private static PaymentView payment(long id, Long customerId, PaymentStatus status) {
        return new PaymentView(id, "Платежное поручение", "1", DAY, new BigDecimal("100.00"), new BigDecimal("100.00"),
                "7707083893", null, "ООО «Ромашка»", null, null, "Оплата", customerId, status, null, null, List.of(), 0);
    }

    private static MatchCandidate candidate(long invoiceId, String amount) {
        return new MatchCandidate(new InvoiceView(invoiceId, "СЧ-1", DAY, 42L, "ООО «Ромашка»", new BigDecimal("90.00"),
                BigDecimal.ZERO, new BigDecimal("90.00"), "RUB", DAY.plusDays(10), InvoiceStatus.UNPAID, false, null, 0),
                new BigDecimal(amount));
    }
}
