package ru.erp.crm.customer.entity;

/** A bank account as entered: BIK, 20-digit account, bank name. */
public record BankAccountDetails(String bik, String account, String bankName) {
}
