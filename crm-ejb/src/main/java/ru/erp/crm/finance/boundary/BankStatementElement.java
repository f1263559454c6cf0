package ru.erp.crm.finance.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a bank statement (1CClientBankExchange) carries, lifted out of its text format: the
 * statement's accounts and period, and its documents. {@code position} says where an element stood
 * ("line 57"), for the journal's error list.
 */
public sealed interface BankStatementElement {

    String position();

    /**
     * The statement's header and account sections (РасчСчет, СекцияРасчСчет): whose accounts the
     * statement is about, so that a document paid into one of them is an incoming payment.
     */
    record Statement(String formatVersion, String sender, LocalDate from, LocalDate to, List<String> accounts,
                     String position) implements BankStatementElement {
        public Statement {
            accounts = accounts == null ? List.of() : List.copyOf(accounts);
        }
    }

    /**
     * One СекцияДокумент: a payment order, a bank or memorial order, a payment request. Dates that
     * the bank left empty are null; {@code credited}/{@code debited} are ДатаПоступило/ДатаСписано.
     */
    record Document(String kind, String number, LocalDate date, BigDecimal amount,
                    Party payer, Party payee, LocalDate credited, LocalDate debited, String purpose,
                    String position) implements BankStatementElement {
    }

    /** A side of a payment: its account, INN, KPP, name and bank. */
    record Party(String account, String inn, String kpp, String name, String bik, String correspondentAccount) {
    }

    /**
     * A document the reader found but could not make sense of (a broken date, an amount that is not a
     * number): refused with this reason; the rest of the statement goes on.
     */
    record Unreadable(String number, String reason, String position) implements BankStatementElement {
    }
}
