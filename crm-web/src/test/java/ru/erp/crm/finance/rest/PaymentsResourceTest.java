package ru.erp.crm.finance.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.finance.boundary.MatchCandidate;
import ru.erp.crm.finance.boundary.PaymentQuery;
import ru.erp.crm.finance.boundary.PaymentView;
import ru.erp.crm.finance.boundary.Payments;
import ru.erp.crm.finance.entity.PaymentStatus;
import ru.erp.crm.finance.rest.PaymentsResource.IgnoreRequest;
import ru.erp.crm.finance.rest.PaymentsResource.MatchRequest;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;

class PaymentsResourceTest {

    private final PaymentsResource resource = new PaymentsResource();
    private final List<String> calls = new ArrayList<>();
    private PaymentQuery asked;

    @BeforeEach
    void payments() {
        resource.payments = new Payments() {
            @Override
            public Page<PaymentView> list(PaymentQuery query, PageRequest page) {
                asked = query;
                return Page.of(List.of(), 0, page);
            }

            @Override
            public PaymentView match(long paymentId, long invoiceId, BigDecimal amount) {
                calls.add("match " + paymentId + " " + invoiceId + " " + amount);
                return null;
            }

            @Override
            public List<MatchCandidate> matchCandidates(long paymentId, String number, boolean anyCustomer) {
                calls.add("candidates " + paymentId + " " + number + " " + anyCustomer);
                return List.of();
            }

            @Override
            public PaymentView ignore(long id, String reason) {
                calls.add("ignore " + id + " " + reason);
                return null;
            }
        };
    }

    @Test
    void theQueueIsTheUnmatchedPaymentsOfAPeriod() {
        resource.list("unmatched", "2026-11-01", "2026-11-30", "7707083893", null, null);

        assertEquals(new PaymentQuery(PaymentStatus.UNMATCHED, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                "7707083893"), asked);
        assertThrows(InvalidRequestException.class, () -> resource.list("NEW", null, null, null, null, null));
    }

    @Test
    void candidatesAreThePayersUnlessAnyCustomerIsAsked() {
        resource.candidates(5, "СЧ-1", null);
        resource.candidates(5, "СЧ-1", "true");

        assertEquals(List.of("candidates 5 СЧ-1 false", "candidates 5 СЧ-1 true"), calls);
        assertThrows(InvalidRequestException.class, () -> resource.candidates(5, null, "yes"));
    }

    @Test
    void matchingAndIgnoringReachTheBoundary() {
        resource.match(5, new MatchRequest(9L, new BigDecimal("10.50")));
        resource.ignore(6, new IgnoreRequest("refund"));
        resource.ignore(7, null);

        assertEquals(List.of("match 5 9 10.50", "ignore 6 refund", "ignore 7 null"), calls);
        assertEquals("invoiceId", assertThrows(InvalidRequestException.class,
                () -> resource.match(5, new MatchRequest(null, BigDecimal.ONE))).violations().get(0).field());
    }
}
