package ru.erp.crm.sales.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import ru.erp.crm.customer.entity.ContactPerson;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.platform.company.CompanyCard;
import ru.erp.crm.platform.i18n.AmountInWords;
import ru.erp.crm.sales.entity.Proposal;
import ru.erp.crm.sales.entity.ProposalLine;
import ru.erp.crm.sales.entity.ProposalVersion;
import ru.erp.crm.security.entity.UserAccount;

/**
 * A proposal version as the Russian commercial-offer print form (A4): our letterhead with the
 * requisites, the customer's requisites, «Коммерческое предложение № … от …», the table of lines,
 * the totals with the VAT in them and the total in words, the validity and the signer. Text is
 * set in the bundled DejaVu Sans, whose Cyrillic glyphs are embedded, so the PDF reads the same
 * on any machine.
 */
public final class ProposalPrint {

    public static final String CONTENT_TYPE = "application/pdf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final float[] COLUMNS = {5, 41, 9, 7, 13, 9, 16};
    private static final BaseFont REGULAR = font("fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = font("fonts/DejaVuSans-Bold.ttf");

    private final CompanyCard company;

    public ProposalPrint(CompanyCard company) {
        this.company = company;
    }

    public byte[] print(Proposal proposal, ProposalVersion version) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 36, 36);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle("Коммерческое предложение № " + proposal.number());
            document.addCreator(company.name());
            document.open();
            letterhead(document);
            addressee(document, proposal);
            document.add(paragraph("Коммерческое предложение № " + proposal.number() + " от " + proposal.date().format(DATE)
                    + (version.number() > 1 ? " (редакция " + version.number() + ")" : ""), BOLD, 13, Element.ALIGN_CENTER, 14));
            document.add(lines(version));
            totals(document, version);
            closing(document, proposal);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot print proposal " + proposal.number(), e);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    private void letterhead(Document document) {
        document.add(paragraph(company.name(), BOLD, 12, Element.ALIGN_LEFT, 0));
        document.add(paragraph("ИНН/КПП " + company.inn() + "/" + company.kpp() + ", " + company.address()
                + ", тел. " + company.phone(), REGULAR, 8, Element.ALIGN_LEFT, 0));
        Paragraph bank = paragraph("Р/с " + company.account() + " в " + company.bankName() + ", БИК " + company.bik()
                + ", к/с " + company.correspondentAccount(), REGULAR, 8, Element.ALIGN_LEFT, 0);
        bank.setSpacingAfter(6);
        document.add(bank);
        PdfPTable rule = new PdfPTable(1);
        rule.setWidthPercentage(100);
        PdfPCell line = new PdfPCell();
        line.setBorder(Rectangle.TOP);
        line.setBorderWidthTop(1.2f);
        line.setFixedHeight(4);
        rule.addCell(line);
        document.add(rule);
    }

    private static void addressee(Document document, Proposal proposal) {
        Counterparty customer = proposal.customer();
        StringBuilder requisites = new StringBuilder(customer.fullName() != null ? customer.fullName() : customer.name());
        if (customer.inn() != null) {
            requisites.append(", ИНН ").append(customer.inn()).append(customer.kpp() == null ? "" : ", КПП " + customer.kpp());
        }
        if (customer.legalAddress() != null) {
            requisites.append(", ").append(customer.legalAddress());
        }
        document.add(paragraph("Кому: " + requisites, REGULAR, 9, Element.ALIGN_LEFT, 6));
        proposal.contactPerson().map(ContactPerson::fullName)
                .ifPresent(name -> document.add(paragraph("Вниманию: " + name, REGULAR, 9, Element.ALIGN_LEFT, 0)));
    }

    private static PdfPTable lines(ProposalVersion version) {
        PdfPTable table = new PdfPTable(COLUMNS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setHeaderRows(1);
        for (String title : new String[]{"№", "Наименование", "Кол-во", "Ед.", "Цена", "Скидка", "Сумма"}) {
            PdfPCell cell = cell(title, BOLD, Element.ALIGN_CENTER);
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (ProposalLine line : version.lines()) {
            table.addCell(cell(String.valueOf(line.lineNo()), REGULAR, Element.ALIGN_CENTER));
            table.addCell(cell(line.name(), REGULAR, Element.ALIGN_LEFT));
            table.addCell(cell(quantity(line.quantity()), REGULAR, Element.ALIGN_RIGHT));
            table.addCell(cell(line.unitName() == null ? "" : line.unitName(), REGULAR, Element.ALIGN_CENTER));
            table.addCell(cell(money(line.price()), REGULAR, Element.ALIGN_RIGHT));
            table.addCell(cell(line.effectiveDiscount().signum() == 0 ? "" : percent(line.effectiveDiscount()),
                    REGULAR, Element.ALIGN_RIGHT));
            table.addCell(cell(money(line.amount()), REGULAR, Element.ALIGN_RIGHT));
        }
        return table;
    }

    private static void totals(Document document, ProposalVersion version) {
        PdfPTable totals = new PdfPTable(new float[]{80, 20});
        totals.setWidthPercentage(100);
        if (version.discountTotal().signum() > 0) {
            total(totals, "Скидка:", money(version.discountTotal()), REGULAR);
        }
        total(totals, "Итого:", money(version.total()), BOLD);
        total(totals, "в т.ч. НДС:", version.vatTotal().signum() == 0 ? "Без НДС" : money(version.vatTotal()), REGULAR);
        document.add(totals);
        document.add(paragraph("Всего наименований " + version.lines().size() + ", на сумму " + money(version.total())
                + " руб.", REGULAR, 9, Element.ALIGN_LEFT, 8));
        document.add(paragraph(AmountInWords.roubles(version.total()), BOLD, 9, Element.ALIGN_LEFT, 0));
    }

    private static void closing(Document document, Proposal proposal) {
        if (proposal.validUntil() != null) {
            document.add(paragraph("Предложение действительно до " + proposal.validUntil().format(DATE) + ".",
                    REGULAR, 9, Element.ALIGN_LEFT, 10));
        }
        document.add(paragraph("Цены указаны в рублях с учётом НДС.", REGULAR, 9, Element.ALIGN_LEFT, 0));
        UserAccount signer = proposal.signer().orElse(proposal.author());
        document.add(paragraph("С уважением, ____________________ / " + signer.fullName() + " /",
                REGULAR, 10, Element.ALIGN_LEFT, 24));
    }

    private static void total(PdfPTable table, String label, String value, BaseFont font) {
        PdfPCell name = cell(label, font, Element.ALIGN_RIGHT);
        name.setBorder(Rectangle.NO_BORDER);
        PdfPCell amount = cell(value, font, Element.ALIGN_RIGHT);
        amount.setBorder(Rectangle.NO_BORDER);
        table.addCell(name);
        table.addCell(amount);
    }

    private static PdfPCell cell(String text, BaseFont font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(font, 8)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private static Paragraph paragraph(String text, BaseFont font, float size, int alignment, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, new Font(font, size));
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    /** 1 200,50 — a plain space between thousands, as Russian forms print it. */
    static String money(BigDecimal amount) {
        return format("#,##0.00").format(amount);
    }

    private static String quantity(BigDecimal quantity) {
        return format("#,##0.####").format(quantity);
    }

    private static String percent(BigDecimal value) {
        return format("0.##").format(value) + "%";
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("ru"));
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }

    private static BaseFont font(String resource) {
        try (InputStream in = ProposalPrint.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource + " is not bundled");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        }
    }
}
