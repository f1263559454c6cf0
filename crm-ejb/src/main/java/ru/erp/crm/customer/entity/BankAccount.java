package ru.erp.crm.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A settlement account of a counterparty in a Russian bank (BIK + 20-digit account). */
@Entity
@Table(name = "bank_account")
public class BankAccount {

    @Id
    @SequenceGenerator(name = "bank_account_seq", sequenceName = "bank_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_account_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "counterparty_id")
    private Counterparty counterparty;

    @Column(nullable = false)
    private String bik;

    @Column(name = "account_number", nullable = false)
    private String accountNumber;

    @Column(name = "bank_name")
    private String bankName;

    protected BankAccount() {
    }

    BankAccount(Counterparty counterparty, String bik, String accountNumber, String bankName) {
        this.counterparty = counterparty;
        this.bik = bik;
        this.accountNumber = accountNumber;
        this.bankName = bankName;
    }

    void moveTo(Counterparty survivor) {
        this.counterparty = survivor;
    }

    public Long id() {
        return id;
    }

    public String bik() {
        return bik;
    }

    public String accountNumber() {
        return accountNumber;
    }

    public String bankName() {
        return bankName;
    }

    @Override
    public String toString() {
        return bik + "/" + accountNumber;
    }
}
