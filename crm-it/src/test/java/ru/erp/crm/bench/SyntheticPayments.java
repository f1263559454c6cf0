package ru.erp.crm.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import ru.erp.crm.customer.entity.Inn;
import ru.erp.crm.finance.entity.InvoiceStatus;
import ru.erp.crm.finance.entity.PaymentStatus;

/**
 * The synthetic data of the payment-matching benchmark: M customers, N open invoices and a bank
 * statement of P incoming payments. Every value is a pure function of an index, so the seeding,
 * the statement, the in-memory run and the final check agree without keeping anything of size N
 * on disk twice.
 *
 * <p>Invoice {@code i} belongs to customer {@code i mod M}; its amount is a whole number of roubles
 * that no other invoice of that customer has. Payment {@code p} is of the {@link Kind} that
 * {@code p mod 20} picks (50 % by number, 15 % by amount, 10 % partial, 5 % overpayment, 10 % a
 * known payer with an amount that matches nothing, 10 % an unknown payer). The payments that pay an
 * invoice pay each a different one, in invoice order, so the outcome of every payment is known
 * whatever order the CRM applies them in: a partial payment leaves an open amount ending in 50
 * kopecks, which no whole-rouble payment can hit, and the amounts of the payments that match
 * nothing end in 33 kopecks. {@link #expectedPayments()} and {@link #expectedInvoices()} are
 * counted from these rules, not from the product's matcher.
 */
final class SyntheticPayments {

    /** Our account: the statement's account, into which every payment goes. */
    static final String OUR_ACCOUNT = "40702810900000000001";
    static final String OUR_INN = "7707083893";
    static final String CUSTOMER_KPP = "520101001";
    static final String CURRENCY = "RUB";
    private static final String BIK = "044525225";
    private static final String CORRESPONDENT = "30101810400000000225";
    private static final DateTimeFormatter BANK_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int CYCLE = 20;
    private static final int PAYING = 16;
    private static final String CRLF = "\r\n";

    /** What a payment is meant to do, and what the matcher should make of it. */
    enum Kind {
        /** Cites its invoice's number, pays it in full. */
        BY_NUMBER(PaymentStatus.MATCHED, InvoiceStatus.PAID),
        /** Cites no number; its amount is the open amount of exactly one invoice of the payer. */
        BY_AMOUNT(PaymentStatus.MATCHED, InvoiceStatus.PAID),
        /** Cites its invoice, pays part of it. */
        PARTIAL(PaymentStatus.MATCHED, InvoiceStatus.PARTLY_PAID),
        /** Cites its invoice, pays more than it: the rest stays unallocated. */
        OVERPAYMENT(PaymentStatus.PARTLY_MATCHED, InvoiceStatus.PAID),
        /** A known payer, no number, an amount no invoice of theirs has open. */
        AMOUNT_MATCHES_NOTHING(PaymentStatus.UNMATCHED, null),
        /** A payer the customer base does not know (half of them cite someone else's invoice). */
        UNKNOWN_PAYER(PaymentStatus.UNMATCHED, null);

        final PaymentStatus payment;
        final InvoiceStatus invoice;

        Kind(PaymentStatus payment, InvoiceStatus invoice) {
            this.payment = payment;
            this.invoice = invoice;
        }
    }

    private final int customers;
    private final long invoices;
    private final long payments;
    private final LocalDate day;

    SyntheticPayments(int customers, long invoices, long payments, LocalDate day) {
        if (customers < 1 || invoices < payingPayments(payments)) {
            throw new IllegalArgumentException("Need at least one customer and an invoice for each of the "
                    + payingPayments(payments) + " payments that pay one; got " + customers + " customers, "
                    + invoices + " invoices");
        }
        this.customers = customers;
        this.invoices = invoices;
        this.payments = payments;
        this.day = day;
    }

    int customers() {
        return customers;
    }

    long invoices() {
        return invoices;
    }

    long payments() {
        return payments;
    }

    LocalDate day() {
        return day;
    }

    // ---------------------------------------------------------------- customers

    /** A unique valid 10-digit INN; region 52, which the demo customers (77) never use. */
    static String customerInn(long c) {
        return inn("52", c);
    }

    static String customerName(long c) {
        return "ООО «Плательщик " + c + "»";
    }

    static String customerAccount(long c) {
        return String.format("40702810%012d", c);
    }

    // ---------------------------------------------------------------- invoices

    int customerOf(long invoice) {
        return (int) (invoice % customers);
    }

    static String invoiceNumber(long i) {
        return String.format("BN-%07d", i + 1);
    }

    /** Whole roubles, different for every invoice of one customer. */
    BigDecimal invoiceAmount(long i) {
        return BigDecimal.valueOf(1000 + 10 * (i / customers) + (i % customers) % 10).setScale(2);
    }

    LocalDate invoiceDate(long i) {
        return day.minusDays(5 + i % 60);
    }

    /** Two weeks after the invoice: some are overdue on the statement's day, as in life. */
    LocalDate dueDate(long i) {
        return invoiceDate(i).plusDays(14);
    }

    // ---------------------------------------------------------------- payments

    static Kind kind(long p) {
        int slot = (int) (p % CYCLE);
        if (slot < 10) {
            return Kind.BY_NUMBER;
        }
        if (slot < 13) {
            return Kind.BY_AMOUNT;
        }
        if (slot < 15) {
            return Kind.PARTIAL;
        }
        if (slot < PAYING) {
            return Kind.OVERPAYMENT;
        }
        return slot < 18 ? Kind.AMOUNT_MATCHES_NOTHING : Kind.UNKNOWN_PAYER;
    }

    /** The invoice payment {@code p} pays (its kind pays one): the next one not paid yet. */
    static long target(long p) {
        return (p / CYCLE) * PAYING + p % CYCLE;
    }

    static long payingPayments(long payments) {
        return (payments / CYCLE) * PAYING + Math.min(payments % CYCLE, PAYING);
    }

    /** The customer who pays; -1 for an unknown payer. */
    long payer(long p) {
        return switch (kind(p)) {
            case AMOUNT_MATCHES_NOTHING -> p % customers;
            case UNKNOWN_PAYER -> -1;
            default -> customerOf(target(p));
        };
    }

    String payerInn(long p) {
        long payer = payer(p);
        return payer < 0 ? inn("53", p) : customerInn(payer);
    }

    String payerName(long p) {
        long payer = payer(p);
        return payer < 0 ? "ООО «Незнакомец " + p + "»" : customerName(payer);
    }

    String payerAccount(long p) {
        long payer = payer(p);
        return payer < 0 ? String.format("40702810%012d", 500_000_000_000L + p) : customerAccount(payer);
    }

    BigDecimal amount(long p) {
        return switch (kind(p)) {
            case BY_NUMBER, BY_AMOUNT -> invoiceAmount(target(p));
            case PARTIAL -> invoiceAmount(target(p)).subtract(new BigDecimal("100.50")).subtract(BigDecimal.valueOf(p % 50));
            case OVERPAYMENT -> invoiceAmount(target(p)).add(new BigDecimal("250.00"));
            case AMOUNT_MATCHES_NOTHING -> new BigDecimal("500.33").add(BigDecimal.valueOf(p % 1000));
            case UNKNOWN_PAYER -> new BigDecimal("700.00").add(BigDecimal.valueOf(p % 1000));
        };
    }

    /** The purpose of payment as accountants write it, in a few wordings. */
    String purpose(long p) {
        String vat = ", в т.ч. НДС 20%";
        return switch (kind(p)) {
            case BY_NUMBER, PARTIAL, OVERPAYMENT -> cite(p, invoiceNumber(target(p)), invoiceDate(target(p))) + vat;
            case BY_AMOUNT, AMOUNT_MATCHES_NOTHING -> "Оплата за товары по договору № Д-" + payer(p) + " от 15.01.2026" + vat;
            case UNKNOWN_PAYER -> p % 2 == 0
                    ? cite(p, invoiceNumber(p % invoices), day) + vat
                    : "Возврат займа по договору № З-" + p + ", НДС не облагается";
        };
    }

    private static String cite(long p, String number, LocalDate date) {
        return switch ((int) (p % 3)) {
            case 0 -> "Оплата по счету № " + number + " от " + BANK_DATE.format(date);
            case 1 -> "Оплата по сч. " + number + " от " + BANK_DATE.format(date) + " за товары";
            default -> "Опл. по счету на оплату №" + number + " за поставку";
        };
    }

    // ---------------------------------------------------------------- expectations

    /** How many payments must end in each status. */
    Map<PaymentStatus, Long> expectedPayments() {
        Map<PaymentStatus, Long> counts = new EnumMap<>(PaymentStatus.class);
        for (PaymentStatus status : PaymentStatus.values()) {
            counts.put(status, 0L);
        }
        for (long p = 0; p < payments; p++) {
            counts.merge(kind(p).payment, 1L, Long::sum);
        }
        return counts;
    }

    /** How many of the seeded invoices must end in each status. */
    Map<InvoiceStatus, Long> expectedInvoices() {
        Map<InvoiceStatus, Long> counts = new EnumMap<>(InvoiceStatus.class);
        for (InvoiceStatus status : InvoiceStatus.values()) {
            counts.put(status, 0L);
        }
        long paying = 0;
        for (long p = 0; p < payments; p++) {
            InvoiceStatus status = kind(p).invoice;
            if (status != null) {
                counts.merge(status, 1L, Long::sum);
                paying++;
            }
        }
        counts.merge(InvoiceStatus.UNPAID, invoices - paying, Long::sum);
        return counts;
    }

    // ---------------------------------------------------------------- the statement

    /**
     * Writes the statement as a bank client does: 1CClientBankExchange 1.03, CRLF, in
     * {@code encoding}; our account in the header and its section, then one payment order per
     * payment, streamed. Returns the file's size in bytes.
     */
    long writeStatement(Path file, Charset encoding) throws IOException {
        BigDecimal total = BigDecimal.ZERO;
        for (long p = 0; p < payments; p++) {
            total = total.add(amount(p));
        }
        String date = BANK_DATE.format(day);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, encoding), 1 << 16)) {
            lines(out, "1CClientBankExchange", "ВерсияФормата=1.03", "Кодировка=Windows", "Отправитель=Бухгалтерия предприятия",
                    "Получатель=", "ДатаСоздания=" + date, "ВремяСоздания=18:00:00", "ДатаНачала=" + date,
                    "ДатаКонца=" + date, "РасчСчет=" + OUR_ACCOUNT,
                    "СекцияРасчСчет", "ДатаНачала=" + date, "ДатаКонца=" + date, "РасчСчет=" + OUR_ACCOUNT,
                    "НачальныйОстаток=0.00", "ВсегоПоступило=" + total.toPlainString(), "ВсегоСписано=0.00",
                    "КонечныйОстаток=" + total.toPlainString(), "КонецРасчСчет");
            for (long p = 0; p < payments; p++) {
                lines(out, "СекцияДокумент=Платежное поручение", "Номер=" + (p + 1), "Дата=" + date,
                        "Сумма=" + amount(p).toPlainString(), "ПлательщикСчет=" + payerAccount(p), "ПлательщикИНН=" + payerInn(p),
                        "ПлательщикКПП=" + (payer(p) < 0 ? "530101001" : CUSTOMER_KPP), "Плательщик1=" + payerName(p),
                        "ПлательщикРасчСчет=" + payerAccount(p), "ПлательщикБанк1=ПАО СБЕРБАНК", "ПлательщикБИК=" + BIK,
                        "ПлательщикКорсчет=" + CORRESPONDENT, "ПолучательСчет=" + OUR_ACCOUNT, "ПолучательИНН=" + OUR_INN,
                        "ПолучательКПП=770701001", "Получатель1=ООО «Наша организация»", "ПолучательРасчСчет=" + OUR_ACCOUNT,
                        "ПолучательБанк1=ПАО СБЕРБАНК", "ПолучательБИК=" + BIK, "ПолучательКорсчет=" + CORRESPONDENT,
                        "ВидОплаты=01", "Очередность=5", "ДатаПоступило=" + date, "НазначениеПлатежа=" + purpose(p),
                        "КонецДокумента");
            }
            lines(out, "КонецФайла");
        }
        return Files.size(file);
    }

    private static void lines(Writer out, String... lines) throws IOException {
        for (String line : lines) {
            out.write(line);
            out.write(CRLF);
        }
    }

    /** A valid 10-digit legal-entity INN: region, 7 digits of {@code n}, the check digit the product accepts. */
    private static String inn(String region, long n) {
        String base = region + String.format("%07d", n % 10_000_000);
        for (int digit = 0; digit <= 9; digit++) {
            if (Inn.check(base + digit).isEmpty()) {
                return base + digit;
            }
        }
        throw new IllegalStateException("No check digit for " + base);
    }
}
