package ru.erp.crm.integration.onec.bank;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.erp.crm.finance.boundary.BankStatementElement.Statement;

/**
 * Collects the file's header and its СекцияРасчСчет sections into the {@link Statement}. The
 * period comes from the header's ДатаНачала/ДатаКонца; files that put it only in the account
 * sections get the first section's. A broken header is a broken file, not one unreadable
 * document, so its errors are format errors.
 */
final class StatementHeader {

    /** Format versions whose document fields this reader knows; they differ only in optional keys. */
    static final Set<String> VERSIONS = Set.of("1.01", "1.02", "1.03");

    private final Set<String> accounts = new LinkedHashSet<>();
    private String version;
    private String sender;
    private LocalDate from;
    private LocalDate to;
    private LocalDate sectionFrom;
    private LocalDate sectionTo;

    /** A {@code Ключ=Значение} line of the header proper. */
    void headerLine(String key, String value, int line) {
        switch (key) {
            case "ВерсияФормата" -> {
                if (!VERSIONS.contains(value)) {
                    throw new BankExchangeFormatException("unsupported ВерсияФормата=\"" + value
                            + "\": this reader knows 1.01, 1.02 and 1.03", line);
                }
                version = value;
            }
            case "Отправитель" -> sender = value.isEmpty() ? null : value;
            case "ДатаНачала" -> from = date(key, value, line);
            case "ДатаКонца" -> to = date(key, value, line);
            case "РасчСчет" -> account(value);
            default -> {
                // Получатель, ДатаСоздания, Кодировка (not trusted), Документ (kinds list): not needed
            }
        }
    }

    /** A {@code Ключ=Значение} line inside a СекцияРасчСчет. */
    void accountSectionLine(String key, String value, int line) {
        switch (key) {
            case "РасчСчет" -> account(value);
            case "ДатаНачала" -> sectionFrom = sectionFrom != null ? sectionFrom : date(key, value, line);
            case "ДатаКонца" -> sectionTo = sectionTo != null ? sectionTo : date(key, value, line);
            default -> {
                // balances and turnovers: the finance boundary works from the documents
            }
        }
    }

    /**
     * @param lastLine the last header line read, for the error when ВерсияФормата never came
     */
    Statement toStatement(int lastLine) {
        if (version == null) {
            throw new BankExchangeFormatException("no ВерсияФормата in the header (lines 1 to " + lastLine + ")",
                    lastLine);
        }
        return new Statement(version, sender, from != null ? from : sectionFrom, to != null ? to : sectionTo,
                List.copyOf(accounts), "line 1");
    }

    private void account(String value) {
        if (!value.isEmpty()) {
            accounts.add(value);
        }
    }

    private static LocalDate date(String key, String value, int line) {
        if (value.isEmpty()) {
            return null;
        }
        return BankValues.date(value).orElseThrow(() -> new BankExchangeFormatException(
                key + " \"" + value + "\" is not a date (dd.MM.yyyy)", line));
    }
}
