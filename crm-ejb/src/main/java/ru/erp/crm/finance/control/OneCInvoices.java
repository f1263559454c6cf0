package ru.erp.crm.finance.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.finance.entity.Invoice;
import ru.erp.crm.finance.entity.InvoiceStatus;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.i18n.Texts;
import ru.erp.crm.platform.problem.Violation;

/**
 * Invoices 1C sends as documents («Счет на оплату»), upserted by their 1C Ид with the number,
 * date and amount 1C states. An invoice keeps the customer it was created for.
 *
 * <p>Due date: the invoice's date plus {@value #PAYMENT_DAYS} days. The documents 1C sends
 * through the site exchange carry no payment term the CRM receives, so this rule stands for every
 * imported invoice (a revised date moves the due date with it) until 1C sends one.
 *
 * <p>A document 1C marked for deletion cancels an unpaid invoice; one the CRM does not know is
 * not created. Refusals (a revision below the paid amount, a cancelled or paid invoice deleted in
 * 1C) are the entity's exceptions, for the caller to report per document.
 */
public final class OneCInvoices {

    public static final int PAYMENT_DAYS = 10;

    /** What applying a document did. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    private final EntityManager em;
    private final AuditTrail audit;

    public OneCInvoices(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    public static LocalDate dueDateOf(LocalDate invoiceDate) {
        return invoiceDate.plusDays(PAYMENT_DAYS);
    }

    /**
     * Creates or revises the invoice with 1C's Ид {@code externalId}; {@code customer} is asked
     * for only when the invoice is new, after its values were checked, and {@code source} names
     * the channel in the audit trail.
     *
     * @throws IllegalArgumentException when a value cannot be an invoice's, before anything changed
     */
    public Outcome apply(String externalId, String number, LocalDate date, Supplier<Counterparty> customer,
                         BigDecimal amount, String currency, boolean deleted, String source) {
        requireValid(externalId, number, date, amount);
        Optional<Invoice> existing = em.createQuery("select i from Invoice i where i.externalId = :externalId", Invoice.class)
                .setParameter("externalId", externalId.strip()).getResultStream().findFirst();
        if (existing.isEmpty()) {
            if (deleted) {
                return Outcome.UNCHANGED;
            }
            Invoice invoice = new Invoice(number, date, customer.get(), amount, currency, dueDateOf(date), externalId,
                    Instant.now());
            em.persist(invoice);
            audit.record(AuditAction.IMPORT, InvoiceAccess.ENTITY, invoice.id(), "created from " + source, null,
                    invoice.snapshot());
            return Outcome.CREATED;
        }
        Invoice invoice = existing.get();
        Map<String, Object> before = invoice.snapshot();
        boolean changed;
        if (deleted) {
            changed = invoice.status() != InvoiceStatus.CANCELLED;
            if (changed) {
                invoice.cancel();
            }
        } else {
            changed = invoice.revise(number, date, amount, dueDateOf(date));
        }
        if (!changed) {
            return Outcome.UNCHANGED;
        }
        audit.record(AuditAction.IMPORT, InvoiceAccess.ENTITY, invoice.id(), "updated from " + source, before,
                invoice.snapshot());
        return Outcome.UPDATED;
    }

    private static void requireValid(String externalId, String number, LocalDate date, BigDecimal amount) {
        List<Violation> violations = new ArrayList<>();
        InvoiceValidator.amount(violations, "amount (Сумма)", amount);
        if (number == null || number.isBlank()) {
            violations.add(new Violation("number (Номер)", "crm.validation.required"));
        } else if (number.strip().length() > InvoiceValidator.NUMBER_LENGTH) {
            violations.add(new Violation("number (Номер)", "crm.validation.tooLong", InvoiceValidator.NUMBER_LENGTH));
        }
        if (date == null) {
            violations.add(new Violation("date (Дата)", "crm.validation.required"));
        }
        if (externalId.strip().length() > InvoiceValidator.EXTERNAL_ID_LENGTH) {
            violations.add(new Violation("Ид", "crm.validation.tooLong", InvoiceValidator.EXTERNAL_ID_LENGTH));
        }
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.stream()
                    .map(v -> v.field() + ": " + Texts.text(v.messageKey(), v.arguments(), Locale.ENGLISH))
                    .collect(Collectors.joining("; ")));
        }
    }
}
