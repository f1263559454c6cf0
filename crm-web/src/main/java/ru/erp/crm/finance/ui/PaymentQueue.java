package ru.erp.crm.finance.ui;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.LazyDataModel;
import ru.erp.crm.finance.boundary.MatchCandidate;
import ru.erp.crm.finance.boundary.PaymentQuery;
import ru.erp.crm.finance.boundary.PaymentView;
import ru.erp.crm.finance.boundary.Payments;
import ru.erp.crm.finance.entity.PaymentStatus;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.ui.Notices;
import ru.erp.crm.platform.ui.PagedTable;

/**
 * FINANCE's payment queue: the list opens on the unmatched payments (the queue) and filters by
 * status, payment date and payer INN. A queued payment is matched by hand in a dialog — an open
 * invoice of the payer found by number (any customer's when the payer is not a customer), the
 * amount defaulting to what matching would book — or ignored with a reason. The boundary decides;
 * its refusals are shown next to the field they name.
 */
@Named
@ViewScoped
public class PaymentQueue implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = ":payments:paymentTable";

    @EJB
    transient Payments payments;

    private PaymentStatus status = PaymentStatus.UNMATCHED;
    private LocalDate from;
    private LocalDate to;
    private String payerInn;
    private final PagedTable<PaymentView> model = new PagedTable<>(page -> payments.list(query(), page), PaymentView::id);

    private PaymentView selected;
    private boolean anyCustomer;
    private List<MatchCandidate> candidates = new ArrayList<>();
    private MatchCandidate candidate;
    private BigDecimal amount;
    private String reason;

    /** Shows the first page of the new search. */
    public void search() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        table.setFirst(0);
    }

    /** Back to the queue: the unmatched payments of any date and payer. */
    public void clear() {
        status = PaymentStatus.UNMATCHED;
        from = to = null;
        payerInn = null;
    }

    PaymentQuery query() {
        return new PaymentQuery(status, from, to, payerInn == null || payerInn.isBlank() ? null : payerInn.strip());
    }

    /**
     * Opens the match dialog for a payment. A payer the customer base does not know has no
     * invoices of their own: then any customer's invoices are searched, by number.
     */
    public void startMatch(PaymentView payment) {
        selected = payment;
        anyCustomer = payment.customerId() == null;
        candidates = new ArrayList<>();
        candidate = null;
        amount = null;
    }

    public List<MatchCandidate> complete(String number) {
        try {
            candidates = new ArrayList<>(payments.matchCandidates(selected.id(), number, anyCustomer));
        } catch (RuntimeException e) {
            Notices.problem(e);
            candidates = new ArrayList<>();
        }
        return candidates;
    }

    public void picked(SelectEvent<MatchCandidate> event) {
        pick(event.getObject());
    }

    /** A picked invoice brings the amount matching would book; the user may change it. */
    void pick(MatchCandidate picked) {
        amount = picked.amount();
    }

    public Converter<MatchCandidate> getCandidateConverter() {
        return new Converter<>() {
            @Override
            public MatchCandidate getAsObject(FacesContext context, UIComponent component, String value) {
                return candidates.stream().filter(c -> String.valueOf(c.invoice().id()).equals(value)).findFirst().orElse(null);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, MatchCandidate value) {
                return value == null ? "" : String.valueOf(value.invoice().id());
            }
        };
    }

    /** Books the amount against the picked invoice; a refusal keeps the dialog open with its messages. */
    public void match() {
        try {
            if (candidate == null) {
                throw InvalidRequestException.of("invoiceId", "crm.validation.required");
            }
            payments.match(selected.id(), candidate.invoice().id(), amount);
            Notices.info("payments.matched");
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    public void startIgnore(PaymentView payment) {
        selected = payment;
        reason = null;
    }

    /** Takes the payment out of the queue with the reason given; a refusal keeps the dialog open. */
    public void ignore() {
        try {
            payments.ignore(selected.id(), reason);
            Notices.info("payments.ignored");
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    private static void refused(RuntimeException e) {
        Notices.problem(e);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Only a payment nothing is allocated from can be ignored; one with money left can be matched further. */
    public boolean canMatch(PaymentView payment) {
        return payment.status() == PaymentStatus.UNMATCHED || payment.status() == PaymentStatus.PARTLY_MATCHED;
    }

    public boolean canIgnore(PaymentView payment) {
        return payment.status() == PaymentStatus.UNMATCHED;
    }

    public PaymentStatus[] getStatuses() { return PaymentStatus.values(); }
    public LazyDataModel<PaymentView> getModel() { return model; }

    public PaymentStatus getStatus() { return status; }
    public void setStatus(PaymentStatus status) { this.status = status; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getPayerInn() { return payerInn; }
    public void setPayerInn(String payerInn) { this.payerInn = payerInn; }
    public PaymentView getSelected() { return selected; }
    public boolean isAnyCustomer() { return anyCustomer; }
    public void setAnyCustomer(boolean anyCustomer) { this.anyCustomer = anyCustomer; }
    public MatchCandidate getCandidate() { return candidate; }
    public void setCandidate(MatchCandidate candidate) { this.candidate = candidate; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
