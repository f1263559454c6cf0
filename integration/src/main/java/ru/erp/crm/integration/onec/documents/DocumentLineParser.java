package ru.erp.crm.integration.onec.documents;

import java.math.BigDecimal;
import java.util.Locale;
import javax.xml.stream.XMLStreamReader;
import ru.erp.crm.integration.onec.commerceml.XmlText;
import ru.erp.crm.sales.boundary.OneCDocument.Line;

/**
 * One {@code Товар} line of a document. The VAT rate comes from {@code СтавкиНалогов/СтавкаНалога}
 * named НДС, or else from the line's {@code Налоги/Налог} named НДС (some 1C configurations only
 * write the tax with its rate); «Без налога» and its variants mean no VAT. A price, quantity,
 * amount or rate that is not a number makes the line, and so its document, unusable:
 * {@link #problem()} says which field of which line.
 */
final class DocumentLineParser extends SubtreeParser<Line> {

    private static final String VAT = "НДС";

    private final String label;
    private String externalId;
    private String article;
    private String name;
    private String unitCode;
    private String price;
    private String quantity;
    private String amount;
    private String taxName;
    private String taxRate;
    private String vatFromRates;
    private String vatFromTaxes;

    /** @param label how reasons name the line, e.g. {@code Товар[2]} */
    DocumentLineParser(XMLStreamReader xml, String label) {
        super(xml);
        this.label = label;
    }

    @Override
    void started(String element) {
        if (within() && element.equals("БазоваяЕдиница")) {
            unitCode = first(unitCode, XmlText.attribute(xml, "Код"));
        }
    }

    @Override
    void ended(String element, String text) {
        if (within()) {
            switch (element) {
                case "Ид" -> externalId = first(externalId, text);
                case "Артикул" -> article = first(article, text);
                case "Наименование" -> name = first(name, text);
                case "ЦенаЗаЕдиницу" -> price = first(price, text);
                case "Количество" -> quantity = first(quantity, text);
                case "Сумма" -> amount = first(amount, text);
                default -> {
                    // ИдКаталога, Единица, Коэффициент, requisites: not part of the contract
                }
            }
        } else if (within("СтавкиНалогов", "СтавкаНалога") || within("Налоги", "Налог")) {
            switch (element) {
                case "Наименование" -> taxName = text;
                case "Ставка" -> taxRate = text;
                default -> {
                    // УчтеноВСумме, Сумма of the tax: the rate is what the contract carries
                }
            }
        } else if (within("СтавкиНалогов") && element.equals("СтавкаНалога")) {
            vatFromRates = first(vatFromRates, vat());
        } else if (within("Налоги") && element.equals("Налог")) {
            vatFromTaxes = first(vatFromTaxes, vat());
        }
    }

    /** The rate of the tax row just ended when it is VAT; clears the row either way. */
    private String vat() {
        String rate = taxName != null && taxName.toUpperCase(Locale.ROOT).equals(VAT) ? taxRate : null;
        taxName = null;
        taxRate = null;
        return rate;
    }

    @Override
    Line build() {
        return new Line(externalId, article, name, unitCode,
                decimal(label + " ЦенаЗаЕдиницу", price),
                decimal(label + " Количество", quantity),
                decimal(label + " Сумма", amount),
                vatRate(first(vatFromRates, vatFromTaxes)));
    }

    private BigDecimal vatRate(String rate) {
        if (rate == null || DocumentValues.withoutVat(rate)) {
            return null;
        }
        return DocumentValues.vatRate(rate).orElseGet(() -> {
            refuse(label + " НДС rate is not a number: '" + rate + "'");
            return null;
        });
    }
}
