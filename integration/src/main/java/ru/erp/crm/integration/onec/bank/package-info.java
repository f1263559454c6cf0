/**
 * Streaming reader of bank statements in the 1CClientBankExchange text format (versions 1.01 to
 * 1.03), the files bank clients exchange with 1C, lifted into the finance boundary's
 * {@link ru.erp.crm.finance.boundary.BankStatementElement}s.
 *
 * <p>The format is line-oriented {@code Ключ=Значение} text with section markers. Real files lie
 * about their encoding ({@code Кодировка=Windows} on UTF-8 bytes), so the bytes decide.
 */
package ru.erp.crm.integration.onec.bank;
