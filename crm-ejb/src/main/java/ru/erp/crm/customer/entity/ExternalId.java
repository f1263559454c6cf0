package ru.erp.crm.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An identifier another system gives a counterparty, unique per system. When two records are
 * merged the loser's ids move to the survivor, so a later message carrying them lands there.
 */
@Entity
@Table(name = "external_id")
@NamedQuery(name = ExternalId.FIND, query = "select e from ExternalId e where e.system = :system and e.value = :value")
public class ExternalId {

    public static final String FIND = "ExternalId.find";

    @Id
    @SequenceGenerator(name = "external_id_seq", sequenceName = "external_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "external_id_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "counterparty_id")
    private Counterparty counterparty;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_system", nullable = false)
    private ExternalSystem system;

    @Column(name = "id_value", nullable = false)
    private String value;

    protected ExternalId() {
    }

    ExternalId(Counterparty counterparty, ExternalSystem system, String value) {
        this.counterparty = counterparty;
        this.system = system;
        this.value = value;
    }

    void moveTo(Counterparty survivor) {
        this.counterparty = survivor;
    }

    public Counterparty counterparty() {
        return counterparty;
    }

    public ExternalSystem system() {
        return system;
    }

    public String value() {
        return value;
    }
}
