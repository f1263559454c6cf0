package ru.erp.crm.sales.ui;

import java.io.Serializable;
import ru.erp.crm.sales.boundary.LeadDraft;
import ru.erp.crm.sales.boundary.LeadView;

/** The lead's editable fields as the card's form holds them. */
public class LeadForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String companyName;
    private String inn;
    private String kpp;
    private String personName;
    private String phone;
    private String email;
    private String message;

    void fill(LeadView lead) {
        companyName = lead.companyName();
        inn = lead.inn();
        kpp = lead.kpp();
        personName = lead.personName();
        phone = lead.phone();
        email = lead.email();
        message = lead.message();
    }

    LeadDraft draft() {
        return new LeadDraft(companyName, inn, kpp, personName, phone, email, message);
    }

    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getInn() { return inn; }
    public void setInn(String inn) { this.inn = inn; }
    public String getKpp() { return kpp; }
    public void setKpp(String kpp) { this.kpp = kpp; }
    public String getPersonName() { return personName; }
    public void setPersonName(String personName) { this.personName = personName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}
