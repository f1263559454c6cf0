package ru.erp.crm.customer.boundary;

/**
 * Filters of the customer search; null means "any". {@code q} is free text: digits search INN
 * and phone, anything else the start of the name. {@code sort} is a field name, '-' for descending.
 */
public record CustomerQuery(String q, String inn, String phone, String email, String category, String curator,
                            String role, String sort) {

    public static CustomerQuery all() {
        return new CustomerQuery(null, null, null, null, null, null, null, null);
    }
}
