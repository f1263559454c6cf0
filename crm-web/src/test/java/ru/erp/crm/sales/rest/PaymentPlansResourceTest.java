package ru.erp.crm.sales.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.sales.boundary.PaymentPlanDraft;
import ru.erp.crm.sales.boundary.PaymentPlanQuery;
import ru.erp.crm.sales.boundary.PaymentPlanView;
import ru.erp.crm.sales.boundary.PaymentPlans;
import ru.erp.crm.sales.boundary.PlannedPayment;
import ru.erp.crm.sales.entity.OrderStatus;

class PaymentPlansResourceTest {

    private final PaymentPlansResource lists = new PaymentPlansResource();
    private final OrderPaymentPlanResource card = new OrderPaymentPlanResource();
    private final List<Object> asked = new ArrayList<>();

    @BeforeEach
    void plans() {
        PaymentPlans plans = new PaymentPlans() {
            @Override
            public Page<PlannedPayment> due(PaymentPlanQuery query, Integer days, PageRequest page) {
                asked.addAll(List.of(query, String.valueOf(days), page));
                return Page.of(List.of(), 0, page);
            }

            @Override
            public Page<PlannedPayment> overdue(PaymentPlanQuery query, PageRequest page) {
                asked.addAll(List.of(query, page));
                return Page.of(List.of(), 0, page);
            }

            @Override
            public PaymentPlanView replace(long orderId, long expectedVersion, PaymentPlanDraft draft) {
                asked.addAll(List.of(orderId, expectedVersion, draft));
                return plan(expectedVersion + 1);
            }

            @Override
            public PaymentPlanView recordPaid(long orderId, long entryId, long expectedVersion, BigDecimal paidAmount) {
                asked.addAll(List.of(orderId, entryId, expectedVersion, paidAmount));
                return plan(expectedVersion + 1);
            }
        };
        lists.plans = plans;
        card.plans = plans;
    }

    @Test
    void filtersAndPagingReachTheBoundary() {
        lists.due(" manager ", "42", "14", "1", "50");
        assertEquals(List.of(new PaymentPlanQuery(42L, "manager"), "14", new PageRequest(1, 50)), asked);

        asked.clear();
        lists.due(" ", null, null, null, null);
        assertEquals(List.of(new PaymentPlanQuery(null, null), "null", new PageRequest(0, 20)), asked);

        asked.clear();
        lists.overdue("7", null, null, null);
        assertEquals(List.of(new PaymentPlanQuery(7L, null), new PageRequest(0, 20)), asked);
    }

    @Test
    void theVersionComesFromTheBodyOrIfMatchAndBecomesTheETag() {
        PaymentPlanDraft.Entry entry = new PaymentPlanDraft.Entry(null, LocalDate.of(2026, 12, 1), BigDecimal.TEN, null, null);
        Response replaced = card.replace(5, new PaymentPlanRequest(List.of(entry), null), "W/\"3\"");

        assertEquals(List.of(5L, 3L, new PaymentPlanDraft(List.of(entry))), asked);
        assertEquals("4", replaced.getEntityTag().getValue());

        asked.clear();
        card.recordPaid(5, 9, new PaidAmountRequest(new BigDecimal("2.50"), 6L), null);
        assertEquals(List.of(5L, 9L, 6L, new BigDecimal("2.50")), asked);
    }

    @Test
    void unreadableInputIsRefusedNamingTheField() {
        assertEquals("days", field(() -> lists.due(null, null, "week", null, null)));
        assertEquals("customer", field(() -> lists.overdue("x", null, null, null)));
        assertEquals("body", field(() -> card.replace(5, null, "1")));
        assertEquals("version", field(() -> card.replace(5, new PaymentPlanRequest(List.of(), null), null)));
        assertEquals("paidAmount", field(() -> card.recordPaid(5, 9, new PaidAmountRequest(null, 1L), null)));
        assertEquals("version", field(() -> card.recordPaid(5, 9, new PaidAmountRequest(BigDecimal.ONE, null), "")));
    }

    private static PaymentPlanView plan(long version) {
        return new PaymentPlanView(5, "CRM-000005", OrderStatus.DRAFT, 1, "ООО «Ромашка»", "RUB", BigDecimal.TEN,
                BigDecimal.TEN, BigDecimal.ZERO, true, List.of(), version);
    }

    private static String field(Runnable call) {
        return assertThrows(InvalidRequestException.class, call::run).violations().get(0).field();
    }
}
