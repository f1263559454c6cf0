package ru.erp.crm.sales.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import ru.erp.crm.platform.database.NumericBoolean;

/** Why opportunities are won or lost, from a list kept in both languages; retired reasons stay for history. */
@Entity
@Table(name = "close_reason")
public class CloseReason {

    @Id
    @SequenceGenerator(name = "close_reason_seq", sequenceName = "close_reason_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "close_reason_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Convert(converter = NumericBoolean.class)
    @Column(nullable = false)
    private Boolean active;

    protected CloseReason() {
    }

    public CloseReason(String code, String nameRu, String nameEn, Outcome outcome) {
        this.code = Objects.requireNonNull(code, "code");
        this.nameRu = Objects.requireNonNull(nameRu, "nameRu");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.active = true;
    }

    /** Whether an opportunity may close with this reason: an active reason of that outcome. */
    public boolean closes(Outcome wanted) {
        return active && outcome == wanted;
    }

    public void retire() {
        active = false;
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

    public Outcome outcome() {
        return outcome;
    }

    public boolean active() {
        return active;
    }
}
