package ru.erp.crm.sales.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import ru.erp.crm.customer.boundary.CounterpartyImport;

/**
 * A document 1C sent (CommerceML {@code Документ}: in {@code type=sale&mode=file} or a dropped
 * file): an order with its status changes, an invoice or a shipment. The exchange format reader
 * has already turned 1C's requisite names into {@link OneCStatus}; the sales boundary decides
 * what they mean for the CRM's order. {@code position} says where the document stood (line,
 * element path), for errors.
 *
 * @param externalId 1C's Ид of the document (for a CRM order sent to 1C: the Ид the CRM gave it)
 * @param number     Номер as 1C sends it (for a CRM order: usually the CRM's number)
 * @param baseNumber the number of the order this document is based on (Основание), if 1C says it
 */
public record OneCDocument(String externalId, String number, LocalDate date, LocalTime time, Kind kind,
                           String operation, String currency, BigDecimal amount, CounterpartyImport buyer,
                           List<Line> lines, OneCStatus status, String baseNumber, boolean deleted,
                           String position) {

    public OneCDocument {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** What the document is, from its ХозОперация. */
    public enum Kind {
        /** «Заказ товара». */
        ORDER,
        /** «Счет на оплату», «Счет на оплату покупателю». */
        INVOICE,
        /** «Отпуск товара», «Реализация товаров». */
        SHIPMENT,
        /** Anything else 1C may send (returns, cash): read, reported, not applied. */
        OTHER
    }

    /** One line (Товар) of the document; {@code vatRate} null when 1C says "без НДС" or nothing. */
    public record Line(String productExternalId, String article, String name, String unitCode, BigDecimal price,
                       BigDecimal quantity, BigDecimal amount, BigDecimal vatRate) {
    }

    /**
     * The state 1C reports in ЗначенияРеквизитов (null where 1C did not say): Проведен, Заказ
     * оплачен / Дата оплаты / Номер платежного документа, Доставка разрешена, Отменен, Финальный
     * статус, Статус заказа, and the shipment's number and date.
     */
    public record OneCStatus(Boolean posted, Boolean paid, LocalDate paymentDate, String paymentNumber,
                             Boolean shipmentAllowed, Boolean cancelled, Boolean finalStatus, String statusText,
                             String shipmentNumber, LocalDate shipmentDate) {

        public static OneCStatus none() {
            return new OneCStatus(null, null, null, null, null, null, null, null, null, null);
        }
    }
}
