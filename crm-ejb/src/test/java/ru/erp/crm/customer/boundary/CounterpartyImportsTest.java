package ru.erp.crm.customer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.customer.boundary.CounterpartyImports.CompletedMessage;
import ru.erp.crm.customer.boundary.ImportReport.ElementFailure;
import ru.erp.crm.customer.entity.Counterparty;
import ru.erp.crm.exchange.boundary.ExchangeBeans;
import ru.erp.crm.exchange.boundary.ExchangeInbox;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.testing.TestDatabase;

/**
 * The counterparty import against the {@link TestDatabase}, each batch in a fresh persistence
 * context and its own transaction.
 */
class CounterpartyImportsTest {

    private static final String ROMASHKA_INN = "7707083893";

    private static TestDatabase db;

    private final CounterpartyImports imports = new CounterpartyImports();
    private final CustomerAssembler assembler = new CustomerAssembler();
    private final ExchangeInbox inbox = new ExchangeInbox();
    private final List<String> audited = new ArrayList<>();

    @BeforeAll
    static void migrate() {
        db = TestDatabase.migrated();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void empty() {
        db.delete("exchange_inbox_key", "external_id", "contact_point", "counterparty_role", "counterparty");
        imports.audit = new AuditTrail() {
            @Override
            public void record(AuditAction action, String entity, Object entityId, String summary,
                               Map<String, ?> before, Map<String, ?> after) {
                audited.add(action + " " + entity + ": " + summary);
            }
        };
        imports.assembler = assembler;
        imports.inbox = inbox;
    }

    @Test
    void aNewCounterpartyLandsInTheImportCategoryAndIsFoundAgainByGuidThenByRequisites() {
        ImportReport created = call(em -> imports.importBatch("counterparties.xml",
                List.of(element("guid-1", "ООО «Ромашка»", ROMASHKA_INN, "770701001")), null));

        assertEquals(new ImportReport(1, 0, List.of()), created);
        Counterparty customer = call(em -> only(em));
        assertEquals("FROM_1C", customer.category().code());
        assertEquals(List.of("IMPORT customer: created from counterparties.xml"), audited);

        ImportReport renamed = call(em -> imports.importBatch("again.xml",
                List.of(element("guid-1", "ООО «Ромашка-2»", ROMASHKA_INN, "770701001")), null));
        ImportReport byRequisites = call(em -> imports.importBatch("other.xml",
                List.of(element(null, "ООО «Ромашка-3»", ROMASHKA_INN, "770701001")), null));

        assertEquals(new ImportReport(0, 1, List.of()), renamed);
        assertEquals(new ImportReport(0, 1, List.of()), byRequisites);
        assertEquals("ООО «Ромашка-3»", call(em -> only(em)).name());
    }

    @Test
    void aBatchSeesWhatItCreatedItself() {
        ImportReport report = call(em -> imports.importBatch("twice.xml", List.of(
                element("guid-1", "ООО «Ромашка»", ROMASHKA_INN, "770701001"),
                element("guid-2", "ООО «Ромашка»", ROMASHKA_INN, "770701001"),
                element("guid-1", "ООО «Ромашка»", null, null)), null));

        assertEquals(new ImportReport(1, 2, List.of()), report);
        assertEquals(2, call(em -> only(em)).externalIds().size(), "both GUIDs name the one customer");
    }

    @Test
    void aBrokenElementIsReportedAndTheRestApplied() {
        ImportReport report = call(em -> imports.importBatch("broken.xml", List.of(
                element("guid-1", "ООО «Ошибка»", "7707083894", null),
                element("guid-2", "ООО «Ромашка»", ROMASHKA_INN, "770701001")),
                new CompletedMessage("1c-site", "sha256:abc", "2 read")));

        assertEquals(List.of(new ElementFailure("line 1", "guid-1", "inn: crm.validation.inn.checksum")),
                report.failures());
        assertEquals(1, report.created());
        boolean recorded = call(em -> inbox.alreadyApplied("1c-site", "sha256:abc"));
        assertTrue(recorded, "the message's key is recorded with its last batch");
    }

    private static CounterpartyImport element(String guid, String name, String inn, String kpp) {
        return new CounterpartyImport(guid, name, null, inn, kpp, null, false, "г. Москва", null, List.of(), "line 1");
    }

    private static Counterparty only(EntityManager em) {
        Counterparty customer = em.createQuery("select c from Counterparty c", Counterparty.class).getSingleResult();
        customer.externalIds().size();
        return customer;
    }

    private <T> T call(Function<EntityManager, T> work) {
        return db.call(em -> {
            imports.em = em;
            assembler.em = em;
            ExchangeBeans.useEntityManager(em, inbox);
        }, work);
    }
}
