package ru.erp.crm.sales.ui;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import ru.erp.crm.activity.ui.ActivityEditor.CustomerChoice;
import ru.erp.crm.catalog.boundary.ProductQuery;
import ru.erp.crm.catalog.boundary.Products;
import ru.erp.crm.customer.boundary.ContactPersons;
import ru.erp.crm.customer.boundary.CustomerQuery;
import ru.erp.crm.customer.boundary.Customers;
import ru.erp.crm.customer.boundary.CustomerViews.ContactPersonView;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.ui.Notices;
import ru.erp.crm.sales.boundary.ProposalDraft;
import ru.erp.crm.sales.boundary.ProposalPdf;
import ru.erp.crm.sales.boundary.ProposalView;
import ru.erp.crm.sales.boundary.Proposals;

/**
 * The proposal card and editor: the header (customer, contact person, validity, discount on the
 * whole), the current version's lines from the catalogue or typed in, and the actions the status
 * allows (save, submit, approve or reject with a comment, send, new version, accept, decline) and
 * the PDF. The boundary decides what is allowed; its problems are shown as messages.
 */
@Named
@ViewScoped
public class ProposalEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;

    @EJB
    transient Proposals proposals;

    @EJB
    transient Customers customers;

    @EJB
    transient ContactPersons contactPersons;

    @EJB
    transient Products products;

    private Long id;
    private Long customerParam;
    private ProposalView view;
    private CustomerChoice customer;
    private Long contactPersonId;
    private LocalDate validUntil;
    private BigDecimal headerDiscount;
    private List<ProposalLineRow> lines = new ArrayList<>();
    private ProductChoice product;
    private List<ProductChoice> productSuggestions = List.of();
    private List<CustomerChoice> customerSuggestions = List.of();
    private String comment;

    /** Opens the proposal {@code id}, or a new one (for the customer {@code customer} when given). */
    public void load() {
        try {
            if (id != null) {
                fill(proposals.find(id));
            } else if (customerParam != null) {
                customer = new CustomerChoice(customerParam, customers.find(customerParam).name());
                validUntil = LocalDate.now().plusDays(30);
            }
        } catch (RuntimeException e) {
            Notices.problem(e);
        }
    }

    void fill(ProposalView proposal) {
        view = proposal;
        id = proposal.id();
        customer = new CustomerChoice(proposal.customerId(), proposal.customerName());
        contactPersonId = proposal.contactPersonId();
        validUntil = proposal.validUntil();
        headerDiscount = proposal.current().headerDiscountPercent().signum() == 0 ? null
                : proposal.current().headerDiscountPercent();
        lines = new ArrayList<>(proposal.current().lines().stream().map(ProposalLineRow::of).toList());
    }

    /** The editor's content as the boundary takes it. */
    ProposalDraft draft() {
        return new ProposalDraft(customer == null ? null : customer.id(), contactPersonId,
                view == null ? null : view.opportunityId(), view == null ? null : view.signerId(), null,
                view == null ? null : view.date(), validUntil, headerDiscount,
                lines.stream().map(ProposalLineRow::toLine).toList());
    }

    public void save() {
        perform(() -> view == null ? proposals.create(draft()) : proposals.update(id, view.version(), draft()),
                "proposal.saved");
    }

    public void submit() {
        perform(() -> proposals.submit(id, view.version()), "proposal.submitted");
    }

    public void approve() {
        perform(() -> proposals.approve(id, view.version(), comment), "proposal.approved");
    }

    public void reject() {
        perform(() -> proposals.reject(id, view.version(), comment), "proposal.rejected");
    }

    public void send() {
        perform(() -> proposals.send(id, view.version()), "proposal.sent");
    }

    public void newVersion() {
        perform(() -> proposals.newVersion(id, view.version()), "proposal.newVersionStarted");
    }

    public void accept() {
        perform(() -> proposals.accept(id, view.version()), "proposal.accepted");
    }

    public void decline() {
        perform(() -> proposals.decline(id, view.version(), comment), "proposal.declined");
    }

    private void perform(Supplier<ProposalView> action, String doneKey) {
        try {
            fill(action.get());
            comment = null;
            Notices.info(doneKey);
        } catch (RuntimeException e) {
            Notices.problem(e);
        }
    }

    /** Adds the product picked in the autocomplete as a line. */
    public void addProduct() {
        if (product != null) {
            lines.add(ProposalLineRow.of(product));
            product = null;
        }
    }

    public void addFreeLine() {
        lines.add(ProposalLineRow.free());
    }

    public void removeLine(ProposalLineRow row) {
        lines.remove(row);
    }

    /** The current version's print form, fetched when the download is asked for. */
    public StreamedContent getPdf() {
        if (id == null) {
            return null;
        }
        ProposalPdf pdf = proposals.pdf(id, null);
        return DefaultStreamedContent.builder().contentType(ProposalPdf.CONTENT_TYPE).name(pdf.fileName())
                .stream(() -> new ByteArrayInputStream(pdf.content())).build();
    }

    public List<CustomerChoice> completeCustomer(String text) {
        customerSuggestions = customers.search(new CustomerQuery(text, null, null, null, null, null, null, null),
                new PageRequest(0, SUGGESTIONS)).items().stream().map(c -> new CustomerChoice(c.id(), c.name())).toList();
        return customerSuggestions;
    }

    public List<ProductChoice> completeProduct(String text) {
        productSuggestions = products.list(new ProductQuery(null, text, null, true), new PageRequest(0, SUGGESTIONS))
                .items().stream().map(ProductChoice::of).toList();
        return productSuggestions;
    }

    public Converter<CustomerChoice> getCustomerConverter() {
        return new Converter<>() {
            @Override
            public CustomerChoice getAsObject(FacesContext context, UIComponent component, String value) {
                if (customer != null && String.valueOf(customer.id()).equals(value)) {
                    return customer;
                }
                return customerSuggestions.stream().filter(c -> String.valueOf(c.id()).equals(value)).findFirst().orElse(null);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, CustomerChoice value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }

    public Converter<ProductChoice> getProductConverter() {
        return new Converter<>() {
            @Override
            public ProductChoice getAsObject(FacesContext context, UIComponent component, String value) {
                return productSuggestions.stream().filter(p -> String.valueOf(p.id()).equals(value)).findFirst().orElse(null);
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, ProductChoice value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }

    /** The chosen customer's contact persons, the proposal's addressees. */
    public List<ContactPersonView> getPersons() {
        return customer == null ? List.of() : contactPersons.of(customer.id());
    }

    public boolean isNew() { return view == null; }
    public boolean isEditable() { return view == null || "DRAFT".equals(view.status()) || "REJECTED".equals(view.status()); }
    public boolean isPending() { return view != null && "PENDING_APPROVAL".equals(view.status()); }
    public boolean isSendable() {
        return view != null && ("DRAFT".equals(view.status()) || "APPROVED".equals(view.status()) || "SENT".equals(view.status()));
    }
    public boolean isSent() { return view != null && "SENT".equals(view.status()); }
    public boolean isOpen() {
        return view != null && !List.of("ACCEPTED", "DECLINED", "SUPERSEDED").contains(view.status());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getCustomerParam() { return customerParam; }
    public void setCustomerParam(Long customerParam) { this.customerParam = customerParam; }
    public ProposalView getView() { return view; }
    public CustomerChoice getCustomer() { return customer; }
    public void setCustomer(CustomerChoice customer) { this.customer = customer; }
    public Long getContactPersonId() { return contactPersonId; }
    public void setContactPersonId(Long contactPersonId) { this.contactPersonId = contactPersonId; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public BigDecimal getHeaderDiscount() { return headerDiscount; }
    public void setHeaderDiscount(BigDecimal headerDiscount) { this.headerDiscount = headerDiscount; }
    public List<ProposalLineRow> getLines() { return lines; }
    public ProductChoice getProduct() { return product; }
    public void setProduct(ProductChoice product) { this.product = product; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
