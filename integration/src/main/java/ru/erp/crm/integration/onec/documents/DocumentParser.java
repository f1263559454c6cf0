package ru.erp.crm.integration.onec.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.erp.crm.customer.boundary.CounterpartyImport;
import ru.erp.crm.integration.onec.counterparties.CounterpartyElementParser;
import ru.erp.crm.integration.onec.counterparties.CounterpartyMapper;
import ru.erp.crm.integration.onec.counterparties.CounterpartyRecord;
import ru.erp.crm.integration.onec.documents.DocumentElement.Readable;
import ru.erp.crm.integration.onec.documents.DocumentElement.Unreadable;
import ru.erp.crm.sales.boundary.OneCDocument;
import ru.erp.crm.sales.boundary.OneCDocument.Line;
import ru.erp.crm.sales.boundary.OneCDocument.OneCStatus;

/**
 * One {@code Документ}: its own fields (direct children only), the buyer among its
 * {@code Контрагенты} (read by the counterparty reader's own parser), its {@code Товары} lines, and
 * the state 1C reports in its {@code ЗначенияРеквизитов}. Requisite names are matched without
 * regard to case and spacing; where 1C has two names for the same fact (1C-Bitrix adds «по 1С»),
 * the first one in this list that is present wins.
 */
final class DocumentParser extends SubtreeParser<DocumentElement> {

    private static final String BUYER = "покупатель";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String path;
    private final String position;
    private String externalId;
    private String number;
    private String date;
    private String time;
    private String operation;
    private String currency;
    private String amount;
    private String baseNumber;
    private String deleted;
    private final List<CounterpartyRecord> parties = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final Map<String, String> requisites = new HashMap<>();
    private String requisiteName;
    private String requisiteValue;

    /**
     * @param path     where the element stands, e.g. {@code /КоммерческаяИнформация/Документ[2]}
     * @param position its line and path, for the journal
     */
    DocumentParser(XMLStreamReader xml, String path, String position) {
        super(xml);
        this.path = path;
        this.position = position;
    }

    @Override
    boolean consumed(String element) throws XMLStreamException {
        if (within("Контрагенты") && element.equals("Контрагент")) {
            String partyPath = path + "/Контрагенты/Контрагент[" + (parties.size() + 1) + "]";
            parties.add(new CounterpartyElementParser(xml, xml.getLocation().getLineNumber(), partyPath).parse());
            return true;
        }
        if (within("Товары") && element.equals("Товар")) {
            DocumentLineParser line = new DocumentLineParser(xml, "Товар[" + (lines.size() + 1) + "]");
            lines.add(line.parse());
            if (line.problem() != null) {
                refuse(line.problem());
            }
            return true;
        }
        return false;
    }

    @Override
    void ended(String element, String text) {
        if (within()) {
            ownField(element, text);
        } else if (within("Основание") && element.equals("Номер")) {
            baseNumber = first(baseNumber, text);
        } else if (within("ЗначенияРеквизитов", "ЗначениеРеквизита")) {
            switch (element) {
                case "Наименование" -> requisiteName = first(requisiteName, text);
                case "Значение" -> requisiteValue = first(requisiteValue, text);
                default -> {
                    // nothing else belongs to a requisite
                }
            }
        } else if (within("ЗначенияРеквизитов") && element.equals("ЗначениеРеквизита")) {
            if (requisiteName != null) {
                requisites.putIfAbsent(key(requisiteName), requisiteValue);
            }
            requisiteName = null;
            requisiteValue = null;
        }
    }

    private void ownField(String element, String text) {
        switch (element) {
            case "Ид" -> externalId = first(externalId, text);
            case "Номер" -> number = first(number, text);
            case "Дата" -> date = first(date, text);
            case "Время" -> time = first(time, text);
            case "ХозОперация" -> operation = first(operation, text);
            case "Валюта" -> currency = first(currency, text);
            case "Сумма" -> amount = first(amount, text);
            // Основание carries the order's number as its text, or in a Номер child
            case "Основание" -> baseNumber = first(baseNumber, text);
            case "ПометкаУдаления" -> deleted = first(deleted, text);
            default -> {
                // Роль, Курс, Комментарий, Налоги and the rest are not part of the contract
            }
        }
    }

    @Override
    DocumentElement build() {
        BigDecimal total = decimal("Сумма", amount);
        LocalDate day = value("Дата", date, DocumentValues::date);
        LocalTime at = value("Время", time, DocumentValues::time);
        Boolean markedDeleted = flag("ПометкаУдаления", deleted);
        OneCStatus status = status();
        if (externalId == null) {
            return new Unreadable(null, "Документ has no Ид", position);
        }
        if (problem() != null) {
            return new Unreadable(externalId, problem(), position);
        }
        return new Readable(new OneCDocument(externalId, number, day, at, DocumentValues.kind(operation), operation,
                currency, total, buyer(), lines, status, baseNumber, Boolean.TRUE.equals(markedDeleted), position));
    }

    private OneCStatus status() {
        return new OneCStatus(
                requisiteFlag("Проведен"),
                requisiteFlag("Заказ оплачен"),
                requisiteDate("Дата оплаты", "Дата оплаты по 1С"),
                requisite("Номер платежного документа", "Номер оплаты по 1С"),
                requisiteFlag("Доставка разрешена"),
                requisiteFlag("Отменен"),
                requisiteFlag("Финальный статус"),
                requisite("Статус заказа"),
                requisite("Номер отгрузки", "Номер отгрузки по 1С"),
                requisiteDate("Дата отгрузки", "Дата отгрузки по 1С"));
    }

    /** The Контрагент whose Роль is Покупатель, else the first one; null when the document names none. */
    private CounterpartyImport buyer() {
        return parties.stream()
                .filter(party -> party.role() != null && party.role().toLowerCase(Locale.ROOT).equals(BUYER))
                .findFirst()
                .or(() -> parties.stream().findFirst())
                .map(CounterpartyMapper::toImport)
                .orElse(null);
    }

    private String requisite(String... names) {
        for (String name : names) {
            String value = requisites.get(key(name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private Boolean requisiteFlag(String name) {
        return flag("«" + name + "»", requisite(name));
    }

    private LocalDate requisiteDate(String... names) {
        for (String name : names) {
            String value = requisites.get(key(name));
            if (value != null) {
                return value("«" + name + "»", value, DocumentValues::date);
            }
        }
        return null;
    }

    private Boolean flag(String field, String text) {
        return value(field, text, DocumentValues::flag);
    }

    /** The parsed value, or null when absent; refuses the document when the text cannot be read. */
    private <V> V value(String field, String text, Function<String, Optional<V>> parser) {
        if (text == null) {
            return null;
        }
        return parser.apply(text).orElseGet(() -> {
            refuse(field + " cannot be read: '" + text + "'");
            return null;
        });
    }

    private static String key(String requisiteName) {
        return SPACES.matcher(requisiteName.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
