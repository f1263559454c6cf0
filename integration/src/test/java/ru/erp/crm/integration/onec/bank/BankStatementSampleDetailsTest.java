package ru.erp.crm.integration.onec.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.finance.boundary.BankStatementElement;
import ru.erp.crm.finance.boundary.BankStatementElement.Document;
import ru.erp.crm.finance.boundary.BankStatementElement.Party;
import ru.erp.crm.finance.boundary.BankStatementElement.Statement;

/** Field by field, checked against the sample files by eye. */
class BankStatementSampleDetailsTest {

    @Test
    void aWindows1251StatementWithCrlfYieldsItsAccountPeriodAndDocuments() throws IOException {
        List<BankStatementElement> elements = read("kl_to_1c-1.03-vtb-crlf.txt", BankFileEncoding.WINDOWS_1251);

        assertEquals(new Statement("1.03", "Банк Клиент Онлайн", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 11),
                List.of("40702810000000074935"), "line 1"), elements.get(0));
        Document order = (Document) elements.get(1);
        assertEquals("Банковский ордер", order.kind());
        assertEquals("69147", order.number());
        assertEquals(LocalDate.of(2024, 1, 1), order.date());
        assertEquals(new BigDecimal("6936.00"), order.amount());
        assertEquals(new Party("40702810000000074935", "7777777777", "770401001", "ООО \"Наеб\"", "044525411",
                "30101810145250000411"), order.payer());
        assertEquals(new Party("47422810119484000074", "7702070139", "770943002",
                "ФИЛИАЛ \"ЦЕНТРАЛЬНЫЙ\" БАНКА ВТБ (ПАО)", "044525411", "30101810145250000411"), order.payee());
        assertEquals(LocalDate.of(2024, 1, 1), order.debited());
        assertEquals(null, order.credited());
        assertEquals("Оплата стоимости пакета услуг \"Всё по делу\" за период с 01/01/2024 по 31/12/2024 согласно "
                + "тарифам Банка (п. 17.2.1.). НДС не облагается.", order.purpose());
        assertEquals("line 20", order.position());
        assertEquals(List.of("line 20", "line 86", "line 152"), positions(elements));
    }

    @Test
    void utf8BytesAreReadAsUtf8DespiteTheWindowsHeader() throws IOException {
        List<BankStatementElement> elements = read("1c_to_kl-1.03-all-sections-utf8.txt", StandardCharsets.UTF_8);

        Statement statement = (Statement) elements.get(0);
        assertEquals(List.of("12345678901234567890", "12345678901234567891"), statement.accounts());
        assertEquals("Отправитель", statement.sender());
        Document request = (Document) elements.get(2);
        assertEquals("Платежное требование", request.kind());
        assertEquals(new Party("12345678901234567890", "1234567890", "123456789", "Получатель1", "123456789",
                "12345678901234567890"), request.payee());
        assertEquals(LocalDate.of(2020, 1, 1), request.credited());
        // the one-line НазначениеПлатежа wins over its print lines НазначениеПлатежа1..6
        assertEquals("НазначениеПлатежа", request.purpose());
    }

    @Test
    void aPaymentOrderFileWithoutAccountSectionsTakesTheHeaderAccount() throws IOException {
        List<BankStatementElement> elements = read("1c_to_kl-1.01-oebs-utf8.txt", StandardCharsets.UTF_8);

        assertEquals(new Statement("1.01", "OEBS R12", LocalDate.of(2021, 8, 20), LocalDate.of(2021, 8, 20),
                List.of("40706810900000064381"), "line 1"), elements.get(0));
        Document order = (Document) elements.get(1);
        assertEquals(new Party("40702810938120061991", "7722698789", "774550001",
                "АО \"Российские космические системы\"", "044525225", "30101810400000000225"), order.payee());
        assertEquals("Тип 3.Расчет за оказ.услуги. в т.ч. НДС 20%: 0.00", order.purpose());
        assertEquals(new BigDecimal("0.01"), order.amount());
    }

    @Test
    void anLfOnlyFileJoinsThePurposeLinesWhenTheOneLineFormIsMissing() throws IOException {
        byte[] bytes = Files.readAllBytes(BankSamples.dir().resolve("kl_to_1c-1.02-payment-requests-lf.txt"));
        assertFalse(new String(bytes, BankFileEncoding.WINDOWS_1251).contains("\r"), "the sample is LF-only");

        List<BankStatementElement> elements = read("kl_to_1c-1.02-payment-requests-lf.txt",
                BankFileEncoding.WINDOWS_1251);

        assertEquals(null, ((Statement) elements.get(0)).sender());
        Document request = (Document) elements.get(7);
        assertEquals("line 230", request.position());
        assertEquals("Платежное требование", request.kind());
        assertEquals(new BigDecimal("790.00"), request.amount());
        assertEquals(null, request.payer().kpp());
        assertEquals("Комиссия за ведение р/с с исп. систем удал. дост. без предост. выпис. и док-тов в бумаж. виде, "
                + "ОО \"Ижевский\" ф-л \"Пермский\" (ИП) за период с 01.12.2019 г. по 31.12.2019 г.  согл. дог. "
                + "банковского счета № 6428-РС-689 от 08.10.2014 НДС не облагается", request.purpose());
    }

    @Test
    void blankLinesBetweenSectionsAreSkippedAndTheNameIsTakenWithoutTheInn() throws IOException {
        List<BankStatementElement> elements = read("kl_to_1c-1.01-demo-crlf.txt", BankFileEncoding.WINDOWS_1251);

        assertEquals(List.of("line 21", "line 63"), positions(elements));
        Document second = (Document) elements.get(2);
        assertEquals("123457", second.number());
        assertEquals(LocalDate.of(2013, 1, 12), second.date());
        assertEquals("ООО \"Услуги инфо\"", second.payer().name());
        assertEquals("10203450600780000090", second.payer().account());
    }

    private static List<BankStatementElement> read(String file, Charset expected) throws IOException {
        List<BankStatementElement> elements = new ArrayList<>();
        try (BankStatementReader reader = new BankStatementReader(Files.newInputStream(BankSamples.dir().resolve(file)))) {
            reader.forEachRemaining(elements::add);
            assertEquals(expected, reader.charset());
        }
        assertInstanceOf(Statement.class, elements.get(0));
        return elements;
    }

    private static List<String> positions(List<BankStatementElement> elements) {
        return elements.stream().skip(1).map(BankStatementElement::position).toList();
    }
}
