package ru.erp.crm.integration.onec.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamReader;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogElement.Product;
import ru.erp.crm.catalog.boundary.CatalogElement.PropertyValue;
import ru.erp.crm.catalog.boundary.CatalogElement.Requisite;
import ru.erp.crm.integration.onec.commerceml.XmlText;

/** Reads one {@code Каталог/Товары/Товар}. */
final class ProductParser extends ElementParser {

    private static final String VAT = "НДС";
    private static final String DELETED_STATUS = "Удален";

    /**
     * A VAT rate as 1C writes it: {@code 20}, {@code 18%}, {@code 10,5}, or the calculated rate
     * of advance invoices {@code 20/120}, whose nominal rate is the first number.
     */
    private static final Pattern RATE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*%?(?:\\s*/\\s*\\d+(?:[.,]\\d+)?\\s*%?)?");

    private String externalId;
    private String article;
    private String name;
    private String description;
    private String barcode;
    private boolean deleted;
    private final List<String> groups = new ArrayList<>();

    private String unitCodeAttribute;
    private String unitNameAttribute;
    private String unitCode;
    private String unitName;

    private boolean vatFound;
    private String vatLabel;
    private BigDecimal vatRate;
    private String taxName;
    private String taxRate;

    private final List<PropertyValue> propertyValues = new ArrayList<>();
    private String propertyId;
    private final List<String> propertyTexts = new ArrayList<>();

    private final List<Requisite> requisites = new ArrayList<>();
    private String requisiteName;
    private String requisiteValue;

    ProductParser(String position) {
        super("Товар", position);
    }

    @Override
    void rootStarted(XMLStreamReader xml) {
        // 2.x marks a deleted product with the attribute Статус="Удален"; some exporters use attributes for both.
        markDeleted(XmlText.attribute(xml, "Статус"), XmlText.attribute(xml, "ПометкаУдаления"));
    }

    @Override
    void started(String element, XMLStreamReader xml) {
        if (element.equals("БазоваяЕдиница") && within()) {
            unitCodeAttribute = XmlText.attribute(xml, "Код");
            unitNameAttribute = XmlText.attribute(xml, "НаименованиеПолное");
        }
    }

    @Override
    void ended(String element, String text) {
        if (within()) {
            ownField(element, text);
        } else if (within("Группы") && element.equals("Ид")) {
            if (text != null) {
                groups.add(text);
            }
        } else if (within("ЗначенияСвойств", "ЗначенияСвойства")) {
            propertyValuePart(element, text);
        } else if (within("ЗначенияСвойств") && element.equals("ЗначенияСвойства")) {
            propertyValueEnded();
        } else if (within("СтавкиНалогов", "СтавкаНалога")) {
            taxPart(element, text);
        } else if (within("СтавкиНалогов") && element.equals("СтавкаНалога")) {
            taxEnded();
        } else if (within("ЗначенияРеквизитов", "ЗначениеРеквизита")) {
            requisitePart(element, text);
        } else if (within("ЗначенияРеквизитов") && element.equals("ЗначениеРеквизита")) {
            requisiteEnded();
        }
    }

    private void ownField(String element, String text) {
        switch (element) {
            case "Ид" -> externalId = first(externalId, text);
            case "Артикул" -> article = first(article, text);
            case "Наименование" -> name = first(name, text);
            case "Описание" -> description = first(description, text);
            case "Штрихкод" -> barcode = first(barcode, text);
            case "ПометкаУдаления" -> markDeleted(null, text);
            case "Статус" -> markDeleted(text, null);
            case "БазоваяЕдиница" -> unitEnded(text);
            default -> {
                // Изготовитель, Картинка, Вес, ...: not part of the catalogue contract
            }
        }
    }

    private void markDeleted(String status, String deletionMark) {
        deleted |= DELETED_STATUS.equalsIgnoreCase(status) || "true".equalsIgnoreCase(deletionMark);
    }

    /**
     * 2.x writes the unit as attributes ({@code Код="796 " НаименованиеПолное="Штука"}, sometimes
     * with a short name as text); 3.x writes only a reference to ЕдиницыИзмерения by code, as text.
     */
    private void unitEnded(String text) {
        if (unitCodeAttribute != null) {
            unitCode = unitCodeAttribute;
            unitName = unitNameAttribute != null ? unitNameAttribute : text;
        } else {
            unitCode = text;
            unitName = unitNameAttribute;
        }
    }

    private void propertyValuePart(String element, String text) {
        switch (element) {
            case "Ид" -> propertyId = first(propertyId, text);
            case "Значение" -> {
                if (text != null) {
                    propertyTexts.add(text);
                }
            }
            default -> {
                // nothing else belongs to a property value
            }
        }
    }

    /**
     * One value per {@code Значение} (1C repeats it for multi-valued properties); an empty one is
     * kept with a null value, meaning "this product has no value for the property".
     */
    private void propertyValueEnded() {
        if (propertyId == null) {
            refuse("ЗначенияСвойства has no Ид");
        } else if (propertyTexts.isEmpty()) {
            propertyValues.add(new PropertyValue(propertyId, null));
        } else {
            propertyTexts.forEach(value -> propertyValues.add(new PropertyValue(propertyId, value)));
        }
        propertyId = null;
        propertyTexts.clear();
    }

    private void taxPart(String element, String text) {
        switch (element) {
            case "Наименование" -> taxName = first(taxName, text);
            case "Ставка" -> taxRate = first(taxRate, text);
            default -> {
                // nothing else belongs to a tax rate
            }
        }
    }

    /** Only VAT counts (a nameless rate is taken as VAT, as no other tax is sent per product). */
    private void taxEnded() {
        if (!vatFound && (taxName == null || VAT.equalsIgnoreCase(taxName))) {
            vatFound = true;
            vatLabel = taxRate;
            vatRate = vatRate(taxRate);
        }
        taxName = null;
        taxRate = null;
    }

    /** The rate in percent; null for "Без НДС", "Без налога" or no rate at all. */
    private BigDecimal vatRate(String label) {
        if (label == null || label.toLowerCase(Locale.ROOT).startsWith("без")) {
            return null;
        }
        Matcher rate = RATE.matcher(label);
        if (!rate.matches()) {
            refuse("СтавкаНалога/Ставка is not a VAT rate: '" + label + "'");
            return null;
        }
        return new BigDecimal(rate.group(1).replace(',', '.'));
    }

    private void requisitePart(String element, String text) {
        switch (element) {
            case "Наименование" -> requisiteName = first(requisiteName, text);
            case "Значение" -> requisiteValue = first(requisiteValue, text);
            default -> {
                // nothing else belongs to a requisite
            }
        }
    }

    private void requisiteEnded() {
        if (requisiteName == null) {
            refuse("ЗначениеРеквизита has no Наименование");
        } else {
            requisites.add(new Requisite(requisiteName, requisiteValue));
        }
        requisiteName = null;
        requisiteValue = null;
    }

    @Override
    CatalogElement build() {
        return readable(externalId, () -> new Product(externalId, article, name, description, groups,
                unitCode, unitName, vatRate, vatLabel, barcode, deleted, propertyValues, requisites, position()));
    }
}
