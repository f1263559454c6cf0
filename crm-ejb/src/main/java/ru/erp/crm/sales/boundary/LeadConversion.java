package ru.erp.crm.sales.boundary;

import java.math.BigDecimal;

/**
 * How to convert a lead: into the chosen existing customer ({@code customerId}, e.g. a duplicate
 * the user picked), else into the customer with the lead's INN/KPP, else into a new one in
 * {@code category} (a category code, needed only then). The opportunity is called {@code title}
 * (the company's or person's name when blank) with the expected {@code amount} (may be null).
 */
public record LeadConversion(Long customerId, String category, String title, BigDecimal amount) {
}
