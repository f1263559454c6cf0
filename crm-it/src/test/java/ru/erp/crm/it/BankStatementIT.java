package ru.erp.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bank statements end to end on the real server: a BANK_STATEMENTS channel's folder receives a
 * windows-1251 1CClientBankExchange file from the bank client; the payment that names the invoice
 * pays it, a payment from an unknown payer waits for FINANCE, an outgoing one is not a payment,
 * and the same statement sent again changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BankStatementIT {

    private static final String OUR_ACCOUNT = "40702810900000000001";
    private static final DateTimeFormatter BANK_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return CrmDeployment.ear();
    }

    private final Api admin = Api.as("admin");
    private final Api erp = Api.as("erpadmin");

    @Test
    void aStatementPaysTheInvoiceItNamesAndQueuesWhatItCannotMatch() throws Exception {
        JsonObject customer = Customers.organizationIn(admin, "KEY");
        String invoiceNumber = "BS-" + System.nanoTime() % 1_000_000;
        LocalDate today = LocalDate.now();
        JsonObject invoice = created(admin.post("finance/invoices", Json.createObjectBuilder()
                .add("customerId", customer.getInt("id")).add("number", invoiceNumber)
                .add("date", today.toString()).add("amount", 1234.50).add("dueDate", today.plusDays(10).toString())
                .build().toString()));
        String strangerInn = TestRequisites.organizationInn();

        Path folder = Files.createTempDirectory(Path.of(System.getProperty("crm.it.inbox")).getParent(), "bank-");
        JsonObject channel = created(erp.post("exchange/channels", """
                {"code": "bank-%d", "name": "Банк-клиент", "kind": "BANK_STATEMENTS", "folder": "%s",
                 "pollIntervalSeconds": 1, "encoding": "windows-1251"}"""
                .formatted(System.nanoTime() % 1_000_000, folder.toString().replace("\\", "/"))));
        assertEquals(200, erp.post("exchange/channels/" + channel.getInt("id") + "/enable", "{}").getStatus());

        String statement = statement(today,
                document("101", today, "1234.50", customer.getString("inn"), "40702810100000000777", OUR_ACCOUNT,
                        "Оплата по счету № " + invoiceNumber + " от " + today.format(BANK_DATE) + ", в т.ч. НДС"),
                document("102", today, "500.00", strangerInn, "40702810200000000888", OUR_ACCOUNT, "Оплата за товар"),
                document("103", today, "77.00", "7707083893", OUR_ACCOUNT, "40702810300000000999", "Оплата аренды"));
        drop(folder, "kl_to_1c.txt", statement);

        await("the invoice is paid", () -> "PAID".equals(invoice(invoice.getInt("id")).getString("status")));
        await("the stranger's payment waits for FINANCE",
                () -> payments(Map.of("status", "UNMATCHED", "payerInn", strangerInn)) == 1);

        drop(folder, "kl_to_1c_again.txt", statement);
        await("the re-sent statement is taken from the folder", () -> !Files.exists(folder.resolve("kl_to_1c_again.txt")));
        await("nothing waits in the journal", () -> inWork(channel.getString("code")) == 0);
        assertEquals(1, payments(Map.of("payerInn", customer.getString("inn"))), "a re-sent statement pays nothing twice");
        assertEquals(0, payments(Map.of("payerInn", "7707083893")), "an outgoing payment is not an incoming one");
    }

    private JsonObject invoice(int id) {
        return Api.json(admin.get("finance/invoices/" + id));
    }

    private long payments(Map<String, ?> query) {
        return Api.json(admin.get("finance/payments", query)).getJsonNumber("total").longValue();
    }

    private long inWork(String channel) {
        long waiting = Api.json(erp.get("exchange/messages", Map.of("channel", channel, "status", "RECEIVED")))
                .getJsonNumber("total").longValue();
        long working = Api.json(erp.get("exchange/messages", Map.of("channel", channel, "status", "PROCESSING")))
                .getJsonNumber("total").longValue();
        return waiting + working;
    }

    private static JsonObject created(Response response) {
        String body = response.readEntity(String.class);
        assertEquals(201, response.getStatus(), body);
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** A statement as bank clients write it: windows-1251, CRLF, our account in the header. */
    private static String statement(LocalDate day, String... documents) {
        String date = day.format(BANK_DATE);
        return String.join("\r\n", "1CClientBankExchange", "ВерсияФормата=1.03", "Кодировка=Windows",
                "Отправитель=Банк-клиент", "Получатель=1С:Предприятие", "ДатаСоздания=" + date,
                "ДатаНачала=" + date, "ДатаКонца=" + date, "РасчСчет=" + OUR_ACCOUNT,
                "СекцияРасчСчет", "ДатаНачала=" + date, "ДатаКонца=" + date, "РасчСчет=" + OUR_ACCOUNT,
                "КонецРасчСчет") + "\r\n" + String.join("", documents) + "КонецФайла\r\n";
    }

    private static String document(String number, LocalDate day, String amount, String payerInn, String payerAccount,
                                   String payeeAccount, String purpose) {
        String date = day.format(BANK_DATE);
        return String.join("\r\n", "СекцияДокумент=Платежное поручение", "Номер=" + number, "Дата=" + date,
                "Сумма=" + amount, "ПлательщикСчет=" + payerAccount, "ПлательщикИНН=" + payerInn,
                "Плательщик1=Плательщик " + payerInn, "ПлательщикБИК=044525225",
                "ПолучательСчет=" + payeeAccount, "ПолучательИНН=7701234567", "Получатель1=Наша организация",
                "ПолучательБИК=044525225", "ДатаПоступило=" + date, "НазначениеПлатежа=" + purpose,
                "КонецДокумента") + "\r\n";
    }

    private static void drop(Path folder, String name, String text) throws Exception {
        Path partial = folder.resolve(name + ".part");
        Files.write(partial, text.getBytes(Charset.forName("windows-1251")));
        Files.move(partial, folder.resolve(name));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(250);
        }
    }
}
