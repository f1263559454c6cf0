package ru.erp.crm.finance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.finance.control.PaymentMatcher.Allocation;
import ru.erp.crm.finance.control.PaymentMatcher.Decision;
import ru.erp.crm.finance.control.PaymentMatcher.Unmatched;
import ru.erp.crm.finance.entity.Invoice;

class PaymentMatcherTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private final Counterparty payer = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Ромашка»",
            new CustomerCategory("KEY", "Ключевые", "Key"), Instant.EPOCH);

    @Test
    void readsInvoiceNumbersInTheWaysPayersWriteThem() {
        assertEquals(List.of("123"), PaymentMatcher.citedNumbers("Оплата по счету № 123 от 01.11.2026, в т.ч. НДС 20%"));
        assertEquals(List.of("123"), PaymentMatcher.citedNumbers("оплата сч.123 за товар"));
        assertEquals(List.of("БП-000045"), PaymentMatcher.citedNumbers("Опл. по сч. на оплату №БП-000045 от 02.11.26"));
        assertEquals(List.of("77"), PaymentMatcher.citedNumbers("Оплата по счёт-фактуре 77 НДС не облагается"));
        assertEquals(List.of("12", "13", "14"), PaymentMatcher.citedNumbers("по счетам № 12, 13 и 14"));
        assertEquals(List.of("9"), PaymentMatcher.citedNumbers("С/Ф 9; сумма 100-00"));
    }

    @Test
    void contractNumbersAccountsAndCalculationsAreNotInvoiceNumbers() {
        assertEquals(List.of(), PaymentMatcher.citedNumbers("Оплата по договору № 5 от 01.01.2026"));
        assertEquals(List.of(), PaymentMatcher.citedNumbers("Перевод на счет 40702810938000012345"));
        assertEquals(List.of(), PaymentMatcher.citedNumbers("Расчет 55 за услуги, р/сч 123"));
        assertEquals(List.of(), PaymentMatcher.citedNumbers(null));
    }

    @Test
    void aCitedNumberPaysThatInvoiceInFull() {
        Invoice cited = invoice("123", "1000.00");
        Invoice other = invoice("124", "500.00");

        Decision<Invoice> decision = PaymentMatcher.decide("по счету 123", money("1000.00"), List.of(other, cited));

        assertEquals(List.of(new Allocation<>(cited, money("1000.00"))), decision.allocations());
    }

    @Test
    void aSmallerPaymentPaysPartOfTheCitedInvoice() {
        Invoice cited = invoice("БП-000123", "1000.00");

        Decision<Invoice> decision = PaymentMatcher.decide("Аванс по сч. 123", money("300.00"), List.of(cited));

        assertEquals(List.of(new Allocation<>(cited, money("300.00"))), decision.allocations());
    }

    @Test
    void anOverpaymentPaysTheOpenAmountAndLeavesTheRest() {
        Invoice cited = invoice("00000042", "1000.00");
        cited.allocate(money("400.00"));

        Decision<Invoice> decision = PaymentMatcher.decide("сч 42", money("1000.00"), List.of(cited));

        assertEquals(List.of(new Allocation<>(cited, money("600.00"))), decision.allocations());
    }

    @Test
    void severalCitedInvoicesArePaidInTheOrderCited() {
        Invoice first = invoice("12", "100.00");
        Invoice second = invoice("13", "200.00");

        Decision<Invoice> decision = PaymentMatcher.decide("по счетам 13, 12", money("250.00"), List.of(first, second));

        assertEquals(List.of(new Allocation<>(second, money("200.00")), new Allocation<>(first, money("50.00"))),
                decision.allocations());
    }

    @Test
    void aNumberThatNamesTwoInvoicesIsAmbiguous() {
        Decision<Invoice> decision = PaymentMatcher.decide("сч 123", money("100.00"),
                List.of(invoice("БП-123", "100.00"), invoice("ЮР-0123", "100.00")));

        assertFalse(decision.matched());
        assertEquals(Unmatched.AMBIGUOUS_NUMBER, decision.unmatched());
    }

    @Test
    void anExactNumberWinsOverALooseOne() {
        Invoice exact = invoice("123", "100.00");

        Decision<Invoice> decision = PaymentMatcher.decide("сч 123", money("100.00"), List.of(invoice("БП-0123", "100.00"), exact));

        assertEquals(List.of(new Allocation<>(exact, money("100.00"))), decision.allocations());
    }

    @Test
    void aCitedInvoiceThatIsNotOpenIsNotGuessedOntoAnother() {
        Decision<Invoice> decision = PaymentMatcher.decide("по счету 99", money("100.00"), List.of(invoice("100", "100.00")));

        assertEquals(Unmatched.CITED_INVOICE_NOT_OPEN, decision.unmatched());
    }

    @Test
    void withoutANumberTheOnlyInvoiceWithThatOpenAmountIsPaid() {
        Invoice same = invoice("7", "1500.00");

        Decision<Invoice> decision = PaymentMatcher.decide("Оплата за товар", money("1500"), List.of(invoice("8", "900.00"), same));

        assertEquals(List.of(new Allocation<>(same, money("1500.00"))), decision.allocations());
    }

    @Test
    void twoCandidatesWithTheSameAmountLeaveThePaymentUnmatched() {
        Decision<Invoice> decision = PaymentMatcher.decide("Оплата за товар", money("1500.00"),
                List.of(invoice("7", "1500.00"), invoice("8", "1500.00")));

        assertEquals(Unmatched.SEVERAL_INVOICES_WITH_AMOUNT, decision.unmatched());
    }

    @Test
    void noInvoiceWithTheAmountOrNoInvoiceAtAllLeavesItUnmatched() {
        assertEquals(Unmatched.NO_INVOICE_WITH_AMOUNT,
                PaymentMatcher.decide("Оплата", money("10.00"), List.of(invoice("7", "1500.00"))).unmatched());
        assertEquals(Unmatched.NO_OPEN_INVOICES, PaymentMatcher.decide("по счету 7", money("10.00"), List.of()).unmatched());
        Invoice paid = invoice("7", "10.00");
        paid.allocate(money("10.00"));
        assertEquals(Unmatched.NO_OPEN_INVOICES, PaymentMatcher.decide("по счету 7", money("10.00"), List.of(paid)).unmatched());
        assertTrue(PaymentMatcher.decide("по счету 7", money("10.00"), List.of(invoice("7", "10.00"))).matched());
    }

    private Invoice invoice(String number, String amount) {
        return new Invoice(number, DAY, payer, money(amount), "RUB", DAY.plusDays(10), null, Instant.EPOCH);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
