package ru.erp.crm.customer.ui;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import ru.erp.crm.customer.boundary.Categories;
import ru.erp.crm.customer.boundary.Categories.CategoryView;
import ru.erp.crm.customer.boundary.CustomerDraft;
import ru.erp.crm.customer.boundary.CustomerViews.ContactPointView;
import ru.erp.crm.customer.boundary.CustomerViews.CustomerSaved;
import ru.erp.crm.customer.boundary.CustomerViews.CustomerView;
import ru.erp.crm.customer.boundary.Customers;
import ru.erp.crm.customer.entity.BankAccountDetails;
import ru.erp.crm.customer.entity.ContactDetails;
import ru.erp.crm.customer.entity.ContactKind;
import ru.erp.crm.customer.entity.ContactPurpose;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerRole;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.ui.Notices;

/**
 * The form that creates a customer (no id) or changes one. It only collects what the user typed;
 * the boundary validates, and its violations are shown next to the inputs they name.
 */
@Named
@ViewScoped
public class CustomerEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Customers customers;

    @EJB
    transient Categories categories;

    private Long id;
    private long version;
    private String kind = CounterpartyKind.ORGANIZATION.name();
    private String name;
    private String fullName;
    private String inn;
    private String kpp;
    private String ogrn;
    private String category;
    private List<String> roles = new ArrayList<>();
    private String curator;
    private String legalAddress;
    private String actualAddress;
    private String notes;
    private List<String> tags = new ArrayList<>();
    private List<ContactRow> contacts = new ArrayList<>();
    private List<AccountRow> bankAccounts = new ArrayList<>();
    private List<CategoryView> visibleCategories;

    /** Fills the form from the stored record, or prepares an empty one with a first contact row. */
    public void load() throws IOException {
        visibleCategories = categories.visible(Notices.locale());
        if (id == null) {
            contacts.add(new ContactRow());
            return;
        }
        try {
            fill(customers.find(id));
        } catch (RecordNotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private void fill(CustomerView c) {
        version = c.version();
        kind = c.kind();
        name = c.name();
        fullName = c.fullName();
        inn = c.inn();
        kpp = c.kpp();
        ogrn = c.ogrn();
        category = c.category();
        roles = new ArrayList<>(c.roles());
        curator = c.curator();
        legalAddress = c.legalAddress();
        actualAddress = c.actualAddress();
        notes = c.notes();
        tags = new ArrayList<>(c.tags());
        contacts = new ArrayList<>(c.contacts().stream().map(ContactRow::of).toList());
        bankAccounts = new ArrayList<>(c.bankAccounts().stream()
                .map(a -> new AccountRow(a.bik(), a.account(), a.bankName())).toList());
    }

    public void addContact() {
        contacts.add(new ContactRow());
    }

    public void removeContact(ContactRow row) {
        contacts.remove(row);
    }

    public void addAccount() {
        bankAccounts.add(new AccountRow(null, null, null));
    }

    public void removeAccount(AccountRow row) {
        bankAccounts.remove(row);
    }

    /** Saves and shows the card, with the duplicate warnings of the save on it. */
    public String save() {
        contacts.removeIf(ContactRow::isBlank);
        bankAccounts.removeIf(AccountRow::isBlank);
        try {
            CustomerSaved saved = id == null ? customers.create(draft()) : customers.update(id, version, draft());
            Flash flash = FacesContext.getCurrentInstance().getExternalContext().getFlash();
            flash.put(CustomerCard.DUPLICATES, saved.warnings());
            flash.setKeepMessages(true);
            Notices.info("customer.saved");
            return "customer?faces-redirect=true&id=" + saved.customer().id();
        } catch (RuntimeException e) {
            Notices.problem(e);
            return null;
        }
    }

    private CustomerDraft draft() {
        return new CustomerDraft(kind, name, blankToNull(fullName), blankToNull(inn), blankToNull(kpp), blankToNull(ogrn),
                category, setOf(roles), blankToNull(curator), blankToNull(legalAddress),
                blankToNull(actualAddress), blankToNull(notes), setOf(tags),
                bankAccounts.stream().map(AccountRow::details).toList(),
                contacts.stream().map(ContactRow::details).toList());
    }

    /** An empty multi-select submits null. */
    private static Set<String> setOf(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<CategoryView> getCategories() {
        return visibleCategories;
    }

    public List<String> getKinds() {
        return Stream.of(CounterpartyKind.values()).map(Enum::name).toList();
    }

    public List<String> getRoleValues() {
        return Stream.of(CustomerRole.values()).map(Enum::name).toList();
    }

    public ContactKind[] getContactKinds() {
        return ContactKind.values();
    }

    public ContactPurpose[] getContactPurposes() {
        return ContactPurpose.values();
    }

    /** One contact point as the form edits it; its validity dates are kept, not edited here. */
    public static final class ContactRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private ContactKind kind = ContactKind.PHONE;
        private ContactPurpose purpose = ContactPurpose.WORK;
        private String value;
        private LocalDate validFrom;
        private LocalDate validTo;

        static ContactRow of(ContactPointView point) {
            ContactRow row = new ContactRow();
            row.kind = ContactKind.valueOf(point.kind());
            row.purpose = ContactPurpose.valueOf(point.purpose());
            row.value = point.value();
            row.validFrom = point.validFrom();
            row.validTo = point.validTo();
            return row;
        }

        boolean isBlank() {
            return value == null || value.isBlank();
        }

        ContactDetails details() {
            return new ContactDetails(kind, purpose, value.strip(), validFrom, validTo);
        }

        public ContactKind getKind() { return kind; }
        public void setKind(ContactKind kind) { this.kind = kind; }
        public ContactPurpose getPurpose() { return purpose; }
        public void setPurpose(ContactPurpose purpose) { this.purpose = purpose; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
    }

    /** One bank account as the form edits it. */
    public static final class AccountRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String bik;
        private String account;
        private String bankName;

        AccountRow(String bik, String account, String bankName) {
            this.bik = bik;
            this.account = account;
            this.bankName = bankName;
        }

        boolean isBlank() {
            return blankToNull(bik) == null && blankToNull(account) == null && blankToNull(bankName) == null;
        }

        BankAccountDetails details() {
            return new BankAccountDetails(blankToNull(bik), blankToNull(account), blankToNull(bankName));
        }

        public String getBik() { return bik; }
        public void setBik(String bik) { this.bik = bik; }
        public String getAccount() { return account; }
        public void setAccount(String account) { this.account = account; }
        public String getBankName() { return bankName; }
        public void setBankName(String bankName) { this.bankName = bankName; }
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getInn() { return inn; }
    public void setInn(String inn) { this.inn = inn; }
    public String getKpp() { return kpp; }
    public void setKpp(String kpp) { this.kpp = kpp; }
    public String getOgrn() { return ogrn; }
    public void setOgrn(String ogrn) { this.ogrn = ogrn; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
    public String getCurator() { return curator; }
    public void setCurator(String curator) { this.curator = curator; }
    public String getLegalAddress() { return legalAddress; }
    public void setLegalAddress(String legalAddress) { this.legalAddress = legalAddress; }
    public String getActualAddress() { return actualAddress; }
    public void setActualAddress(String actualAddress) { this.actualAddress = actualAddress; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<String> getTags() { return tags; }
    public void setTags(List<String> tags) { this.tags = tags; }
    public List<ContactRow> getContacts() { return contacts; }
    public List<AccountRow> getBankAccounts() { return bankAccounts; }
}
