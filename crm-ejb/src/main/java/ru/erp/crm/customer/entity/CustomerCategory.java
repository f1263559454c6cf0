package ru.erp.crm.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** A segment of the customer base («Ключевые клиенты», «Дилеры», …); access is granted per category. */
@Entity
@Table(name = "customer_category")
@NamedQuery(name = CustomerCategory.BY_CODE, query = "select c from CustomerCategory c where c.code = :code")
public class CustomerCategory {

    public static final String BY_CODE = "CustomerCategory.byCode";

    @Id
    @SequenceGenerator(name = "customer_category_seq", sequenceName = "customer_category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_category_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Version
    private long version;

    protected CustomerCategory() {
    }

    public CustomerCategory(String code, String nameRu, String nameEn) {
        this.code = code;
        this.nameRu = nameRu;
        this.nameEn = nameEn;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameRu;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameRu() {
        return nameRu;
    }

    public String nameEn() {
        return nameEn;
    }
}
