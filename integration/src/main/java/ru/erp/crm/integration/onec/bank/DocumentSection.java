package ru.erp.crm.integration.onec.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import ru.erp.crm.finance.boundary.BankStatementElement;
import ru.erp.crm.finance.boundary.BankStatementElement.Document;
import ru.erp.crm.finance.boundary.BankStatementElement.Party;
import ru.erp.crm.finance.boundary.BankStatementElement.Unreadable;

/**
 * One {@code СекцияДокумент=<kind>} … {@code КонецДокумента} being read, and what it becomes: a
 * {@link Document}, or an {@link Unreadable} naming every broken field when a date or the amount
 * cannot be read. Only the keys a document needs are kept, so a hostile section cannot grow
 * without bound. Empty values are absent values (null), as banks leave fields they do not fill.
 */
final class DocumentSection {

    private static final String PAYER = "Плательщик";
    private static final String PAYEE = "Получатель";
    private static final String PURPOSE = "НазначениеПлатежа";
    private static final int PURPOSE_LINES = 6;

    private static final Set<String> KEYS = Stream.of(
            Stream.of("Номер", "Дата", "Сумма", "ДатаПоступило", "ДатаСписано", PURPOSE),
            IntStream.rangeClosed(1, PURPOSE_LINES).mapToObj(i -> PURPOSE + i),
            Stream.of(PAYER, PAYEE).flatMap(side -> Stream.of("Счет", "РасчСчет", "ИНН", "КПП", "", "1", "БИК", "Корсчет")
                    .map(suffix -> side + suffix)))
            .flatMap(keys -> keys)
            .collect(Collectors.toUnmodifiableSet());

    private final String kind;
    private final int line;
    private final Map<String, String> values = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    DocumentSection(String kind, int line) {
        this.kind = kind;
        this.line = line;
    }

    void value(String key, String value) {
        if (KEYS.contains(key) && !value.isEmpty()) {
            values.put(key, value);
        }
    }

    /** A line in the section that is not {@code Ключ=Значение}: the document cannot be trusted. */
    void malformed(String text, int lineNumber) {
        problems.add("line " + lineNumber + " \"" + text + "\" is not Ключ=Значение");
    }

    BankStatementElement toElement() {
        String position = "line " + line;
        LocalDate date = date("Дата");
        BigDecimal amount = amount();
        LocalDate credited = date("ДатаПоступило");
        LocalDate debited = date("ДатаСписано");
        if (!problems.isEmpty()) {
            return new Unreadable(values.get("Номер"), String.join("; ", problems), position);
        }
        return new Document(kind, values.get("Номер"), date, amount, party(PAYER), party(PAYEE), credited, debited,
                purpose(), position);
    }

    private LocalDate date(String key) {
        String text = values.get(key);
        if (text == null) {
            return null;
        }
        LocalDate date = BankValues.date(text).orElse(null);
        if (date == null) {
            problems.add(key + " \"" + text + "\" is not a date (dd.MM.yyyy)");
        }
        return date;
    }

    private BigDecimal amount() {
        String text = values.get("Сумма");
        if (text == null) {
            problems.add("Сумма is missing");
            return null;
        }
        BigDecimal amount = BankValues.amount(text).orElse(null);
        if (amount == null) {
            problems.add("Сумма \"" + text + "\" is not an amount");
        }
        return amount;
    }

    /**
     * The account is ПлательщикСчет, or ПлательщикРасчСчет when only that is given. The name is
     * Плательщик1 when present: Плательщик itself often starts with the INN ("ИНН 6672307097 ООО
     * …", "7777777777, ООО …"), which is then cut off.
     */
    private Party party(String side) {
        String inn = values.get(side + "ИНН");
        String account = values.getOrDefault(side + "Счет", values.get(side + "РасчСчет"));
        String name = values.containsKey(side + "1") ? values.get(side + "1") : withoutInn(values.get(side), inn);
        return new Party(account, inn, values.get(side + "КПП"), name, values.get(side + "БИК"),
                values.get(side + "Корсчет"));
    }

    private static String withoutInn(String name, String inn) {
        if (name == null || inn == null) {
            return name;
        }
        for (String prefix : List.of("ИНН " + inn, inn + ",", inn + " ")) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                return name.substring(prefix.length()).strip();
            }
        }
        return name;
    }

    /**
     * НазначениеПлатежа is the whole text; НазначениеПлатежа1..6 are the same text cut into print
     * lines, so they are joined only when the one-line form is missing (joining both would repeat it).
     */
    private String purpose() {
        String whole = values.get(PURPOSE);
        if (whole != null) {
            return whole;
        }
        String joined = IntStream.rangeClosed(1, PURPOSE_LINES)
                .mapToObj(i -> values.get(PURPOSE + i))
                .filter(part -> part != null)
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }
}
