package ru.erp.crm.finance.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.finance.entity.Payment;
import ru.erp.crm.finance.entity.PaymentAllocation;
import ru.erp.crm.finance.entity.PaymentStatus;

/**
 * An incoming payment with its allocations. {@code statusReason}: why the matcher left it
 * unmatched (a {@code PaymentMatcher.Unmatched} name) or why FINANCE ignored it.
 */
public record PaymentView(Long id, String kind, String number, LocalDate date, BigDecimal amount,
                          BigDecimal unallocatedAmount, String payerInn, String payerKpp, String payerName,
                          String payerAccount, String payerBik, String purpose, Long customerId, PaymentStatus status,
                          String statusReason, Instant receivedAt, List<AllocationView> allocations, long version) {

    public PaymentView {
        allocations = List.copyOf(allocations);
    }

    public static PaymentView of(Payment payment) {
        return new PaymentView(payment.id(), payment.kind(), payment.number(), payment.date(), payment.amount(),
                payment.unallocatedAmount(), payment.payerInn(), payment.payerKpp(), payment.payerName(),
                payment.payerAccount(), payment.payerBik(), payment.purpose(),
                payment.payer().map(Counterparty::id).orElse(null), payment.status(),
                payment.statusReason().orElse(null), payment.receivedAt(),
                payment.allocations().stream().map(AllocationView::of).toList(), payment.version());
    }

    /** A share of the payment booked against an invoice; {@code matchedBy} is AUTO or a login. */
    public record AllocationView(Long invoiceId, String invoiceNumber, BigDecimal amount, String matchedBy,
                                 Instant matchedAt) {
        static AllocationView of(PaymentAllocation allocation) {
            return new AllocationView(allocation.invoice().id(), allocation.invoice().number(), allocation.amount(),
                    allocation.matchedBy(), allocation.matchedAt());
        }
    }
}
