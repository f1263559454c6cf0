package ru.erp.crm.sales.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.customer.entity.CounterpartyKind;
import ru.erp.crm.customer.entity.CustomerCategory;
import ru.erp.crm.platform.company.CompanyCard;
import ru.erp.crm.sales.entity.OrderLineTerms;
import ru.erp.crm.sales.entity.Proposal;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

class ProposalPrintTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void theFormReadsBackWithNumberTotalsVatAndTheTotalInWords() throws IOException {
        Counterparty customer = new Counterparty(CounterpartyKind.ORGANIZATION, "ООО «Ромашка»",
                new CustomerCategory("KEY", "Ключевые", "Key"), NOW);
        customer.changeRequisites("7707083893", "773601001", null);
        UserAccount author = new UserAccount("manager", "Иван Петров", "x", Set.of(Role.SALES_MANAGER), NOW);
        Proposal proposal = Saved.withId(new Proposal(customer, author, LocalDate.of(2026, 11, 23), "manager", NOW), 50);
        proposal.assignNumber();
        proposal.describe(null, null, null, null, LocalDate.of(2026, 12, 31));
        // 1 000 × 1 − 0 % and 250.50 × 1 − 20 % ⇒ 1 000,00 + 200,40 = 1 200,40; VAT 20 % of 1 000 = 166,67
        proposal.revise(null, List.of(
                OrderLineTerms.priced(null, null, null, "Станок настольный", null, "шт", BigDecimal.ONE,
                        new BigDecimal("1000.00"), null, new BigDecimal("20")),
                OrderLineTerms.priced(null, null, null, "Доставка", null, "усл", BigDecimal.ONE,
                        new BigDecimal("250.50"), new BigDecimal("20"), null)));

        byte[] pdf = new ProposalPrint(CompanyCard.demo()).print(proposal, proposal.current());

        // the extractor joins table cells with or without spaces: compare without any
        String text = text(pdf).replaceAll("\\s+", "");
        assertTrue(text.contains("Коммерческоепредложение№КП-000050от23.11.2026"), text);
        assertTrue(text.contains("ООО«Демо-Торг»"), text);
        assertTrue(text.contains("ИНН7707083893,КПП773601001"), text);
        assertTrue(text.contains("Станокнастольный"), text);
        assertTrue(text.contains("Итого:1200,40"), text);
        assertTrue(text.contains("вт.ч.НДС:166,67"), text);
        assertTrue(text.contains("Однатысячадвестирублей40копеек"), text);
        assertTrue(text.contains("действительнодо31.12.2026"), text);
        assertTrue(text.contains("ИванПетров"), text);
    }

    @Test
    void moneyIsPrintedWithSpacesBetweenThousandsAndADecimalComma() {
        assertEquals("1 234 567,80", ProposalPrint.money(new BigDecimal("1234567.8")));
        assertEquals("0,00", ProposalPrint.money(BigDecimal.ZERO));
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
