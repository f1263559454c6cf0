/**
 * The documents of 1C's site exchange ({@code type=sale}): the orders the CRM hands to 1C as a
 * 1C-Bitrix site would answer {@code mode=query} ({@link ru.erp.crm.integration.onec.documents.OrderDocumentWriter},
 * behind {@link ru.erp.crm.exchange.boundary.SiteOrderFormat}), and the orders, invoices and
 * shipments with their status that 1C sends back with {@code mode=file}
 * ({@link ru.erp.crm.integration.onec.documents.DocumentReader}), applied from the journal by
 * {@link ru.erp.crm.integration.onec.documents.OneCDocumentImportRoute}.
 *
 * <p>Like every CommerceML reader here, the reader matches local names only and tolerates unknown
 * elements and any order; a document's buyer is read by the counterparty reader's own parser.
 */
package ru.erp.crm.integration.onec.documents;
