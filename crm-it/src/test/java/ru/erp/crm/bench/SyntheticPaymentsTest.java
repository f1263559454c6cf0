package ru.erp.crm.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.erp.crm.finance.boundary.BankStatementElement;
import ru.erp.crm.finance.boundary.BankStatementElement.Document;
import ru.erp.crm.finance.boundary.BankStatementElement.Statement;
import ru.erp.crm.finance.entity.InvoiceStatus;
import ru.erp.crm.finance.entity.PaymentStatus;
import ru.erp.crm.integration.onec.bank.BankStatementReader;

/**
 * The synthetic statement is what the product's bank reader understands, and the product's
 * matcher makes of it exactly what the generator expects.
 */
class SyntheticPaymentsTest {

    private static final int PAYMENTS = 2_000;
    private final SyntheticPayments data = new SyntheticPayments(150, 2_000, PAYMENTS, LocalDate.of(2026, 11, 23));

    @TempDir
    Path dir;

    @Test
    void theBankReaderReadsEveryPaymentAsWritten() throws IOException {
        Path file = dir.resolve("kl_to_1c.txt");
        data.writeStatement(file, Charset.forName("windows-1251"));
        String text = Files.readString(file, Charset.forName("windows-1251"));

        int documents = 0;
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> numbers = new HashSet<>();
        try (InputStream in = Files.newInputStream(file); BankStatementReader reader = new BankStatementReader(in)) {
            Statement statement = assertInstanceOf(Statement.class, reader.next());
            assertEquals(List.of(SyntheticPayments.OUR_ACCOUNT), statement.accounts());
            while (reader.hasNext()) {
                BankStatementElement element = reader.next();
                Document document = assertInstanceOf(Document.class, element, element::toString);
                long p = Long.parseLong(document.number()) - 1;
                assertEquals(data.amount(p), document.amount());
                assertEquals(data.payerInn(p), document.payer().inn());
                assertEquals(data.purpose(p), document.purpose());
                assertEquals(SyntheticPayments.OUR_ACCOUNT, document.payee().account());
                numbers.add(document.number());
                sum = sum.add(document.amount());
                documents++;
            }
        }
        assertEquals(PAYMENTS, documents);
        assertEquals(PAYMENTS, numbers.size());
        assertEquals(PAYMENTS, text.split("СекцияДокумент=", -1).length - 1, "counted in the text itself");
        assertEquals(0, text.replace("\r\n", "").indexOf('\n') + 1, "CRLF only");
        assertEquals(sum.toPlainString(), text.lines().filter(line -> line.startsWith("ВсегоПоступило=")).findFirst()
                .orElseThrow().substring("ВсегоПоступило=".length()));
    }

    @Test
    void theProductsMatcherDecidesAsTheGeneratorExpects() {
        InMemoryMatching.Outcome outcome = InMemoryMatching.run(data);

        assertEquals(data.expectedPayments(), withZeros(outcome.payments(), PaymentStatus.values()));
        assertEquals(data.expectedInvoices(), withZeros(outcome.invoices(), InvoiceStatus.values()));
        assertEquals(Long.valueOf(PAYMENTS / 20 * 15), data.expectedPayments().get(PaymentStatus.MATCHED), "10 + 3 + 2 of 20");
        assertEquals(Long.valueOf(2_000 - PAYMENTS / 20 * 16), data.expectedInvoices().get(InvoiceStatus.UNPAID));
    }

    @Test
    void everyPayingPaymentNeedsAnInvoiceOfItsOwn() {
        assertEquals(16, SyntheticPayments.payingPayments(20));
        assertEquals(32, SyntheticPayments.payingPayments(37));
        assertThrows(IllegalArgumentException.class, () -> new SyntheticPayments(10, 15, 20, LocalDate.now()));
    }

    @Test
    void partialAmountsNeverEqualAWholeInvoiceAmount() {
        for (long p = 0; p < PAYMENTS; p++) {
            BigDecimal kopecks = data.amount(p).remainder(BigDecimal.ONE);
            switch (SyntheticPayments.kind(p)) {
                case PARTIAL -> assertEquals(new BigDecimal("0.50"), kopecks);
                case AMOUNT_MATCHES_NOTHING -> assertEquals(new BigDecimal("0.33"), kopecks);
                default -> assertEquals(0, kopecks.signum());
            }
        }
    }

    private static <E extends Enum<E>> Map<E, Long> withZeros(Map<E, Long> counts, E[] values) {
        Map<E, Long> all = new EnumMap<>(values[0].getDeclaringClass());
        for (E value : values) {
            all.put(value, counts.getOrDefault(value, 0L));
        }
        return all;
    }
}
