package ru.erp.crm.sales.rest;

import java.time.LocalDate;
import java.util.List;
import ru.erp.crm.sales.boundary.OrderDraft;

/**
 * The JSON body of creating or replacing a draft order; dates as YYYY-MM-DD, {@code version} is
 * required to replace (or If-Match).
 */
public record OrderRequest(Long customerId, LocalDate date, String comment, String deliveryAddress,
                           LocalDate requestedShipDate, Long priceTypeId, List<OrderDraft.Line> lines, Long version) {

    OrderDraft toDraft() {
        return new OrderDraft(customerId, date, comment, deliveryAddress, requestedShipDate, priceTypeId, lines);
    }
}
