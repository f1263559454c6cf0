/**
 * What every CommerceML reader shares: the secure StAX set-up, the streaming reader skeleton
 * with lazy format errors, element paths for error positions, numbers as 1C writes them, and
 * batching for transactions.
 *
 * <p>Real 1C exports do not validate against the official XSDs (missing required elements,
 * out-of-sequence children, four different namespaces for the same vocabulary), so readers match
 * element local names only and tolerate unknown elements and any element order.
 */
package ru.erp.crm.integration.onec.commerceml;
