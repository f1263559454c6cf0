package ru.erp.crm.integration.onec.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogElement.Property;
import ru.erp.crm.catalog.boundary.CatalogElement.PropertyChoice;

/**
 * Reads one {@code Классификатор/Свойства/Свойство} with its reference values, in the shapes
 * 1C has used over the years:
 * <ul>
 *   <li>2.05+: {@code <ТипЗначений>Справочник</ТипЗначений><ВариантыЗначений><Справочник>
 *       <ИдЗначения/><Значение/></Справочник></ВариантыЗначений>};</li>
 *   <li>older (УТ 10 and its site add-ons): the type and the values one or two wrappers deeper,
 *       {@code ТипыЗначений/ТипЗначений/Тип} or {@code ТипЗначений/ТипЗначения/Тип} with
 *       {@code …/ВариантыЗначений/ВариантЗначения(Ид, Значение)};</li>
 *   <li>plain {@code ВариантыЗначений/Значение} without identifiers (the XSD allows it): such a
 *       choice has a null external id, and products refer to it by its text.</li>
 * </ul>
 */
final class PropertyParser extends ElementParser {

    private static final Set<String> TYPE_WRAPPERS = Set.of("ТипыЗначений", "ТипЗначений", "ТипЗначения");
    private static final Set<String> CHOICES = Set.of("Справочник", "ВариантЗначения");

    private String externalId;
    private String name;
    private String valueType;
    private final List<PropertyChoice> choices = new ArrayList<>();
    private String choiceId;
    private String choiceValue;

    PropertyParser(String position) {
        super("Свойство", position);
    }

    @Override
    void ended(String element, String text) {
        if (within()) {
            switch (element) {
                case "Ид" -> externalId = first(externalId, text);
                case "Наименование" -> name = first(name, text);
                // With children (older shapes) its own text is blank and the nested Тип decides.
                case "ТипЗначений" -> valueType = first(valueType, text);
                default -> {
                    // НомерВерсии, ПометкаУдаления, ДляТоваров, ...: not part of the property contract
                }
            }
            return;
        }
        String parent = parent();
        if (element.equals("Тип") && TYPE_WRAPPERS.contains(parent)) {
            valueType = first(valueType, text);
        } else if (CHOICES.contains(parent)) {
            switch (element) {
                case "ИдЗначения", "Ид" -> choiceId = first(choiceId, text);
                case "Значение" -> choiceValue = first(choiceValue, text);
                default -> {
                    // nothing else belongs to a choice
                }
            }
        } else if ("ВариантыЗначений".equals(parent)) {
            if (CHOICES.contains(element)) {
                choices.add(new PropertyChoice(choiceId, choiceValue));
                choiceId = null;
                choiceValue = null;
            } else if (element.equals("Значение")) {
                choices.add(new PropertyChoice(null, text));
            }
        }
    }

    @Override
    CatalogElement build() {
        return readable(externalId, () -> new Property(externalId, name, valueType, choices, position()));
    }
}
