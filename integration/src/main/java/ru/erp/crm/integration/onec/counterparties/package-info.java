/**
 * Streaming import of 1C counterparties ({@code Контрагент}) from CommerceML files.
 *
 * <p>Real 1C exports do not validate against the official XSDs (missing required elements,
 * out-of-sequence children, four different namespaces for the same vocabulary), so the reader
 * matches element local names only and tolerates unknown elements and any element order.
 */
package ru.erp.crm.integration.onec.counterparties;
