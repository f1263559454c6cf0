package ru.erp.crm.integration.onec.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.finance.boundary.BankStatementElement;
import ru.erp.crm.finance.boundary.BankStatementElement.Document;
import ru.erp.crm.finance.boundary.BankStatementElement.Party;
import ru.erp.crm.finance.boundary.BankStatementElement.Statement;
import ru.erp.crm.finance.boundary.BankStatementElement.Unreadable;
import ru.erp.crm.integration.onec.bank.BankSamples.Partial;

/** Hand-made files for what the samples do not show: other encodings, broken values, broken structure. */
class BankStatementReaderTest {

    /** Ten lines; the first document starts on line 11. */
    private static final String HEADER = """
            1CClientBankExchange
            ВерсияФормата=1.02
            Кодировка=Windows
            Отправитель=Банк
            ДатаНачала=01.03.2024
            ДатаКонца=31.03.2024
            РасчСчет=40702810000000000001
            СекцияРасчСчет
            РасчСчет=40702810000000000002
            КонецРасчСчет
            """;
    private static final int DOCUMENT_LINES = 12;

    private static String document(String number, String date, String amount) {
        return """
                СекцияДокумент=Платежное поручение
                Номер=%s
                Дата=%s
                Сумма=%s
                ПлательщикСчет=40702810900000000009
                Плательщик=ИНН 7707083893 ПАО Сбербанк
                ПлательщикИНН=7707083893
                ПолучательСчет=40702810000000000001
                Получатель1=ООО Ромашка
                ДатаПоступило=
                НазначениеПлатежа=Оплата по счету %1$s
                КонецДокумента
                """.formatted(number, date, amount);
    }

    private static String file(String... documents) {
        return HEADER + String.join("", documents) + "КонецФайла\n";
    }

    @Test
    void aWellFormedFileYieldsTheStatementThenItsDocuments() throws IOException {
        List<BankStatementElement> elements = BankSamples.readAll(
                file(document("1", "01.03.2024", "100.00"), document("2", "02.03.2024", "200.50")),
                BankFileEncoding.WINDOWS_1251);

        assertEquals(new Statement("1.02", "Банк", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31),
                List.of("40702810000000000001", "40702810000000000002"), "line 1"), elements.get(0));
        assertEquals(new Document("Платежное поручение", "1", LocalDate.of(2024, 3, 1), new BigDecimal("100.00"),
                new Party("40702810900000000009", "7707083893", null, "ПАО Сбербанк", null, null),
                new Party("40702810000000000001", null, null, "ООО Ромашка", null, null),
                null, null, "Оплата по счету 1", "line 11"), elements.get(1));
        assertEquals("line " + (11 + DOCUMENT_LINES), elements.get(2).position());
        assertEquals(3, elements.size());
    }

    @Test
    void aDosEncodedFileIsDetectedWhateverItsHeaderSays() throws IOException {
        byte[] bytes = file(document("1", "01.03.2024", "100.00")).getBytes(BankFileEncoding.DOS);

        try (BankStatementReader reader = new BankStatementReader(new ByteArrayInputStream(bytes))) {
            Statement statement = (Statement) reader.next();
            Document document = (Document) reader.next();

            assertEquals(BankFileEncoding.DOS, reader.charset());
            assertEquals("Банк", statement.sender());
            assertEquals("ООО Ромашка", document.payee().name());
        }
    }

    @Test
    void utf8WithByteOrderMarkAndCrlfIsRead() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(file(document("7", "01.03.2024", "1.00")).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

        try (BankStatementReader reader = new BankStatementReader(new ByteArrayInputStream(bytes.toByteArray()))) {
            reader.next();
            Document document = (Document) reader.next();

            assertEquals(StandardCharsets.UTF_8, reader.charset());
            assertEquals("7", document.number());
            assertEquals("Оплата по счету 7", document.purpose());
            assertFalse(reader.hasNext());
        }
    }

    @Test
    void aBrokenDateRefusesThatDocumentOnly() throws IOException {
        List<BankStatementElement> elements = BankSamples.readAll(
                file(document("1", "32.03.2024", "100.00"), document("2", "02.03.2024", "200.00")),
                BankFileEncoding.WINDOWS_1251);

        assertEquals(new Unreadable("1", "Дата \"32.03.2024\" is not a date (dd.MM.yyyy)", "line 11"),
                elements.get(1));
        assertInstanceOf(Document.class, elements.get(2));
    }

    @Test
    void aBrokenAmountRefusesThatDocumentOnly() throws IOException {
        List<BankStatementElement> elements = BankSamples.readAll(
                file(document("1", "01.03.2024", "100.00"), document("2", "02.03.2024", "12.3.4")),
                BankFileEncoding.WINDOWS_1251);

        assertInstanceOf(Document.class, elements.get(1));
        assertEquals(new Unreadable("2", "Сумма \"12.3.4\" is not an amount", "line " + (11 + DOCUMENT_LINES)),
                elements.get(2));
    }

    @Test
    void everyBrokenFieldIsNamedAndAMissingAmountIsBroken() throws IOException {
        String broken = document("3", "1.3.24", "100.00").replace("Сумма=100.00\n", "")
                .replace("ДатаПоступило=", "ДатаПоступило=вчера");

        Unreadable unreadable = (Unreadable) BankSamples.readAll(file(broken), BankFileEncoding.WINDOWS_1251).get(1);

        assertEquals("Дата \"1.3.24\" is not a date (dd.MM.yyyy); Сумма is missing; "
                + "ДатаПоступило \"вчера\" is not a date (dd.MM.yyyy)", unreadable.reason());
    }

    @Test
    void aLineThatIsNotKeyAndValueMakesTheDocumentUnreadable() throws IOException {
        String broken = document("4", "01.03.2024", "1.00").replace("КонецДокумента", "Оплата по счету\nКонецДокумента");

        Unreadable unreadable = (Unreadable) BankSamples.readAll(file(broken), BankFileEncoding.WINDOWS_1251).get(1);

        assertEquals("line 22 \"Оплата по счету\" is not Ключ=Значение", unreadable.reason());
    }

    @Test
    void amountsWithCommaAndSpacesAreRead() throws IOException {
        Document document = (Document) BankSamples.readAll(file(document("1", "01.03.2024", "1 234,50")),
                BankFileEncoding.WINDOWS_1251).get(1);

        assertEquals(new BigDecimal("1234.50"), document.amount());
    }

    @Test
    void anUnknownFormatVersionIsRefusedNamingTheLine() throws IOException {
        Partial read = BankSamples.readUntilFailure(file().replace("ВерсияФормата=1.02", "ВерсияФормата=2.00"),
                BankFileEncoding.WINDOWS_1251);

        assertEquals(List.of(), read.elements());
        BankExchangeFormatException failure = assertInstanceOf(BankExchangeFormatException.class, read.failure());
        assertEquals(2, failure.getLine());
        assertTrue(failure.getMessage().contains("line 2") && failure.getMessage().contains("ВерсияФормата=\"2.00\""),
                failure.getMessage());
    }

    @Test
    void aMissingFormatVersionIsRefused() throws IOException {
        Partial read = BankSamples.readUntilFailure(file().replace("ВерсияФормата=1.02\n", ""),
                BankFileEncoding.WINDOWS_1251);

        assertTrue(read.failure().getMessage().contains("no ВерсияФормата"), read.failure().getMessage());
    }

    @Test
    void aFileCutInsideADocumentKeepsTheDocumentsBeforeIt() throws IOException {
        String whole = file(document("1", "01.03.2024", "100.00"), document("2", "02.03.2024", "200.00"));
        String truncated = whole.substring(0, whole.indexOf("Номер=2") + "Номер=2".length());

        Partial read = BankSamples.readUntilFailure(truncated, BankFileEncoding.WINDOWS_1251);

        assertEquals(2, read.elements().size());
        assertEquals("1", ((Document) read.elements().get(1)).number());
        BankExchangeFormatException failure = assertInstanceOf(BankExchangeFormatException.class, read.failure());
        assertEquals(11 + DOCUMENT_LINES + 1, failure.getLine());
        assertTrue(failure.getMessage().contains("ends inside the СекцияДокумент at line " + (11 + DOCUMENT_LINES)),
                failure.getMessage());
    }

    @Test
    void aFileWithoutKonecFailaKeepsItsDocumentsThenSaysItEndedEarly() throws IOException {
        String missingEnd = HEADER + document("1", "01.03.2024", "100.00") + document("2", "02.03.2024", "200.00");

        Partial read = BankSamples.readUntilFailure(missingEnd, BankFileEncoding.WINDOWS_1251);

        assertEquals(3, read.elements().size());
        assertTrue(read.failure().getMessage().contains("ends early: no КонецФайла"), read.failure().getMessage());
    }

    @Test
    void aHeaderWithoutDocumentsOrEndStillYieldsTheStatementFirst() throws IOException {
        Partial read = BankSamples.readUntilFailure(HEADER, BankFileEncoding.WINDOWS_1251);

        assertInstanceOf(Statement.class, read.elements().get(0));
        assertEquals(10, ((BankExchangeFormatException) read.failure()).getLine());
    }

    @Test
    void blankLinesIndentationAndALastLineWithoutNewlineAreAccepted() throws IOException {
        String loose = ("\n" + HEADER + "\n\n" + document("1", "01.03.2024", "100.00").replace("Дата=", "\n  Дата=")
                + "\n\n" + document("2", "02.03.2024", "1.00") + "\n  КонецФайла  ").replace("\n", "\r\n");

        List<BankStatementElement> elements = BankSamples.readAll(loose.substring(2), BankFileEncoding.WINDOWS_1251);

        assertEquals(3, elements.size());
        assertEquals(LocalDate.of(2024, 3, 1), ((Document) elements.get(1)).date());
        assertEquals("line 13", elements.get(1).position());
    }

    @Test
    void aFileThatIsNotABankStatementIsRefusedAtLineOne() throws IOException {
        Partial read = BankSamples.readUntilFailure("<?xml version=\"1.0\"?>\n<a/>\n", StandardCharsets.UTF_8);

        assertEquals(1, ((BankExchangeFormatException) read.failure()).getLine());
    }

    @Test
    void aDocumentStartingBeforeThePreviousEndedIsAStructureError() throws IOException {
        String unclosed = document("1", "01.03.2024", "100.00").replace("КонецДокумента\n", "");

        Partial read = BankSamples.readUntilFailure(file(unclosed, document("2", "02.03.2024", "1.00")),
                BankFileEncoding.WINDOWS_1251);

        assertEquals(1, read.elements().size());
        BankExchangeFormatException failure = (BankExchangeFormatException) read.failure();
        assertEquals(11 + DOCUMENT_LINES - 1, failure.getLine());
        assertTrue(failure.getMessage().contains("before КонецДокумента of the СекцияДокумент at line 11"),
                failure.getMessage());
    }

    @Test
    void bytesTheDetectedEncodingCannotDecodeAreRefusedAtTheirLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String text = file(document("1", "01.03.2024", "100.00"), document("2", "02.03.2024", "1.00"));
        int cut = text.indexOf("Номер=2");
        bytes.writeBytes(text.substring(0, cut).getBytes(BankFileEncoding.WINDOWS_1251));
        bytes.write(0x98); // the one byte windows-1251 leaves undefined
        bytes.writeBytes(text.substring(cut).getBytes(BankFileEncoding.WINDOWS_1251));

        try (BankStatementReader reader = new BankStatementReader(new ByteArrayInputStream(bytes.toByteArray()))) {
            reader.next();
            reader.next();
            BankExchangeFormatException failure = assertThrows(BankExchangeFormatException.class, reader::hasNext);

            assertEquals(11 + DOCUMENT_LINES + 1, failure.getLine());
            assertTrue(failure.getMessage().contains("not valid windows-1251"), failure.getMessage());
            assertSame(failure, assertThrows(BankExchangeFormatException.class, reader::next));
        }
    }

    @Test
    void nothingIsReadAfterKonecFaila() throws IOException {
        List<BankStatementElement> elements = BankSamples.readAll(
                file(document("1", "01.03.2024", "1.00")) + "мусор без структуры\n", BankFileEncoding.WINDOWS_1251);

        assertEquals(2, elements.size());
    }
}
