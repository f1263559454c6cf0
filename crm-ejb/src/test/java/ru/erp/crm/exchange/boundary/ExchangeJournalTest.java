package ru.erp.crm.exchange.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.SessionContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.RuleViolationException;

/**
 * The journal's mappings, queries and payload statements against H2 in Oracle mode, migrated by
 * the product's scripts, with EclipseLink as Payara runs it. Each call gets a fresh persistence
 * context and its own transaction, as a container-managed call would; JPA and the payload's
 * JDBC share one connection, as they share the JTA transaction's connection in the server.
 * Security and transaction attributes are the container's and are left to the ITs.
 */
class ExchangeJournalTest {

    private static DataSource database;
    private static Connection connection;
    private static EntityManagerFactory factory;

    @TempDir
    Path dir;

    private final List<String> audited = new ArrayList<>();
    private final ExchangeJournal journal = new ExchangeJournal();

    @BeforeAll
    static void migrate() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("crm");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        connection = h2.getConnection();
        database = oneConnection(connection);
        factory = Persistence.createEntityManagerFactory("crm", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", database));
    }

    @AfterAll
    static void close() throws SQLException {
        factory.close();
        connection.close();
    }

    @BeforeEach
    void emptyJournal() throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("delete from exchange_message_error");
            delete.executeUpdate("delete from exchange_message_payload");
            delete.executeUpdate("delete from exchange_message");
        }
        journal.dataSource = database;
        journal.audit = new AuditTrail() {
            @Override
            public void record(AuditAction action, String entity, Object entityId, String summary,
                               Map<String, ?> before, Map<String, ?> after) {
                audited.add(action + " " + entity + " " + entityId + ": " + summary);
            }
        };
        journal.session = callerNamed("erpadmin");
    }

    @Test
    void aReceivedMessageKeepsItsPayloadGzipped() throws IOException, SQLException {
        String xml = "<Товар><Ид>1</Ид><Наименование>Болт М8</Наименование></Товар>\n".repeat(2000);
        Path file = file(xml);

        long id = call(() -> journal.receive(incoming("import.xml", "guid#1", file)));

        MessageSummary summary = call(() -> journal.summary(id)).orElseThrow();
        assertEquals(MessageStatus.RECEIVED, summary.status());
        assertEquals(Files.size(file), summary.payloadSize());
        assertEquals("guid#1", summary.idempotencyKey());
        byte[] stored = storedPayload(id);
        assertEquals(0x1f, stored[0] & 0xff);
        assertEquals(0x8b, stored[1] & 0xff);
        assertTrue(stored.length < Files.size(file) / 10, "stored " + stored.length + " bytes");
        Path copy = dir.resolve("copy.xml");
        call(() -> journal.copyPayloadTo(id, copy));
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(copy));
        ByteArrayOutputStream download = new ByteArrayOutputStream();
        call(() -> journal.writePayloadTo(id, download));
        assertEquals(xml, download.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aResentMessageIsJournaledOnceUntilItFailed() throws IOException {
        Path file = file("<a/>");
        long first = call(() -> journal.receive(incoming("orders.xml", "k1", file)));

        assertEquals(first, call(() -> journal.receive(incoming("orders-again.xml", "k1", file))));
        assertNotEquals(first, call(() -> journal.receive(new IncomingMessage("1c-site", MessageDirection.OUT,
                "orders", "orders.xml", "k1", file))));
        assertNotEquals(first, call(() -> journal.receive(new IncomingMessage("bank", MessageDirection.IN,
                "orders", "orders.xml", "k1", file))));

        call(() -> journal.deadLetter(first, "not CommerceML", null));
        long second = call(() -> journal.receive(incoming("orders.xml", "k1", file)));
        assertNotEquals(first, second);
        assertEquals(second, call(() -> journal.findByKey("1c-site", MessageDirection.IN, "k1")).orElseThrow().id());
    }

    @Test
    void withoutAKeyTheContentIsTheKey() throws IOException {
        long first = call(() -> journal.receive(incoming("a.xml", " ", file("<same/>"))));
        long second = call(() -> journal.receive(incoming("b.xml", null, file("<same/>"))));
        long other = call(() -> journal.receive(incoming("c.xml", null, file("<other/>"))));

        assertEquals(first, second);
        assertNotEquals(first, other);
        assertTrue(call(() -> journal.summary(first)).orElseThrow().idempotencyKey().startsWith("sha256:"));
    }

    @Test
    void anIncompleteMessageIsRefusedNamingWhatIsMissing() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> call(() -> journal.receive(
                new IncomingMessage(" ", null, "catalog", "import.xml", "k", null))));
        assertEquals(List.of("channel", "direction", "payload"),
                refused.violations().stream().map(violation -> violation.field()).toList());
    }

    @Test
    void routesClaimTheOldestMessageOfTheirKinds() throws IOException {
        long catalog = call(() -> journal.receive(incoming("import.xml", "c", file("<c/>"))));
        long offers = call(() -> journal.receive(new IncomingMessage("1c-site", MessageDirection.IN, "offers",
                "offers.xml", "o", file("<o/>"))));
        long bank = call(() -> journal.receive(new IncomingMessage("bank", MessageDirection.IN, "bank-statement",
                "kl_to_1c.txt", "b", file("1CClientBankExchange"))));

        ClaimedMessage first = call(() -> journal.claimNext(Set.of("catalog", "offers"))).orElseThrow();
        ClaimedMessage second = call(() -> journal.claimNext(Set.of("catalog", "offers"))).orElseThrow();

        assertEquals(List.of(catalog, offers), List.of(first.id(), second.id()));
        assertEquals(new ClaimedMessage(catalog, "1c-site", "catalog", "import.xml", "c", 1), first);
        assertEquals(Optional.empty(), call(() -> journal.claimNext(Set.of("catalog", "offers"))));
        assertEquals(Optional.empty(), call(() -> journal.claimNext(Set.of())));
        assertEquals(MessageStatus.PROCESSING, call(() -> journal.progress(catalog)).orElseThrow().status());
        assertEquals(MessageStatus.RECEIVED, call(() -> journal.progress(bank)).orElseThrow().status());
    }

    @Test
    void batchesAddUpAndTheOutcomeFollowsTheCounts() throws IOException {
        long id = claimed("import.xml");
        call(() -> journal.recordBatch(id, 3, 2, 0, List.of(new ElementErrorView("/Каталог/Товары/Товар[3]", "guid-3",
                "no unit of measure"))));
        call(() -> journal.recordBatch(id, 2, 1, 1, null));
        call(() -> journal.finish(id));

        assertEquals(new MessageProgress(id, MessageStatus.PARTLY_APPLIED, 5, 3, 1, 1, null, null),
                call(() -> journal.progress(id)).orElseThrow());
        MessageDetails details = call(() -> journal.details(id)).orElseThrow();
        assertEquals(1, details.errorCount());
        assertEquals(List.of(new ElementErrorView("/Каталог/Товары/Товар[3]", "guid-3", "no unit of measure")),
                details.errors());
        assertEquals(1, details.attempts());
    }

    @Test
    void errorsArePagedInTheOrderTheyWereRecorded() throws IOException {
        long id = claimed("import.xml");
        List<ElementErrorView> errors = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            errors.add(new ElementErrorView("Товар[" + i + "]", "guid-" + i, "bad price"));
        }
        call(() -> journal.recordBatch(id, 25, 0, 0, errors));

        Page<ElementErrorView> second = call(() -> journal.errors(id, new PageRequest(1, 10)));

        assertEquals(25, second.total());
        assertEquals(errors.subList(10, 20), second.items());
        assertThrows(RecordNotFoundException.class, () -> call(() -> journal.errors(-1, new PageRequest(0, 10))));
    }

    @Test
    void aTransientFailureIsRetriedFromScratchThenDeadLettered() throws IOException {
        long id = claimed("import.xml");
        call(() -> journal.recordBatch(id, 1, 0, 0, List.of(new ElementErrorView("1", "g", "lock timeout"))));
        call(() -> journal.retryLater(id, "lock timeout"));
        assertEquals(MessageStatus.RECEIVED, call(() -> journal.progress(id)).orElseThrow().status());

        assertEquals(2, call(() -> journal.claimNext(Set.of("catalog"))).orElseThrow().attempts());
        assertEquals(0, call(() -> journal.details(id)).orElseThrow().errorCount());
        call(() -> journal.retryLater(id, "lock timeout"));
        call(() -> journal.claimNext(Set.of("catalog")));
        call(() -> journal.retryLater(id, "lock timeout"));

        MessageProgress progress = call(() -> journal.progress(id)).orElseThrow();
        assertEquals(MessageStatus.DEAD_LETTERED, progress.status());
        assertEquals("lock timeout", progress.reason());
    }

    @Test
    void aDeadLetterKeepsWhatWasApplied() throws IOException {
        long id = claimed("import.xml");
        call(() -> journal.recordBatch(id, 100, 100, 0, List.of()));
        call(() -> journal.deadLetter(id, "unexpected end of file", "line 4021"));

        assertEquals(new MessageProgress(id, MessageStatus.DEAD_LETTERED, 100, 100, 0, 0, "unexpected end of file",
                "line 4021"), call(() -> journal.progress(id)).orElseThrow());
    }

    @Test
    void progressOfAKindShowsNothingOfOtherKinds() throws IOException {
        long id = call(() -> journal.receive(incoming("import.xml", "k", file("<a/>"))));

        assertEquals(MessageStatus.RECEIVED, call(() -> journal.progress(id, "catalog")).orElseThrow().status());
        assertTrue(call(() -> journal.progress(id, "bank-statement")).isEmpty());
        assertTrue(call(() -> journal.progress(id + 1000, "catalog")).isEmpty());
    }

    @Test
    void messagesACrashLeftRunningAreQueuedAgain() throws IOException {
        long running = claimed("a.xml");
        call(() -> journal.receive(incoming("b.xml", "b", file("<b/>"))));

        assertEquals(1, (int) call(() -> journal.requeueInterrupted()));

        assertEquals(MessageStatus.RECEIVED, call(() -> journal.progress(running)).orElseThrow().status());
        assertEquals(0, (int) call(() -> journal.requeueInterrupted()));
    }

    @Test
    void theListFiltersAndPages() throws IOException {
        long applied = claimed("import0_1.xml");
        call(() -> journal.finish(applied));
        call(() -> journal.receive(incoming("offers0_1.xml", "o", file("<o/>"))));
        call(() -> journal.receive(incoming("import_50%.xml", "p", file("<p/>"))));

        assertEquals(List.of(applied), ids(new MessageFilter(null, null, null, MessageStatus.APPLIED, null, null, null)));
        assertEquals(2, ids(new MessageFilter(null, null, null, null, null, null, "IMPORT")).size());
        assertEquals(1, ids(new MessageFilter(null, null, null, null, null, null, "_50%")).size());
        assertEquals(3, ids(new MessageFilter("1c-site", MessageDirection.IN, "catalog", null,
                Instant.now().minusSeconds(60), Instant.now().plusSeconds(60), null)).size());
        assertEquals(0, ids(new MessageFilter(null, MessageDirection.OUT, null, null, null, null, null)).size());
        Page<MessageSummary> page = call(() -> journal.list(new MessageFilter(null, null, null, null, null, null, null),
                new PageRequest(1, 2)));
        assertEquals(3, page.total());
        assertEquals(1, page.items().size());
    }

    @Test
    void aReplayQueuesACopyWithTheSamePayloadAndKey() throws IOException {
        Path file = file("<КоммерческаяИнформация/>");
        long original = call(() -> journal.receive(incoming("import.xml", "k", file)));
        call(() -> journal.claimNext(Set.of("catalog")));
        call(() -> journal.deadLetter(original, "unknown schema version", null));

        List<Long> replays = call(() -> journal.replay(List.of(original, original)));

        assertEquals(1, replays.size());
        long replay = replays.get(0);
        MessageDetails copy = call(() -> journal.details(replay)).orElseThrow();
        assertEquals(MessageStatus.RECEIVED, copy.status());
        assertEquals(original, copy.replayOfId());
        assertEquals("k", copy.idempotencyKey());
        Path restored = dir.resolve("restored.xml");
        call(() -> journal.copyPayloadTo(replay, restored));
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(restored));
        MessageDetails replayed = call(() -> journal.details(original)).orElseThrow();
        assertEquals(MessageStatus.REPLAYED, replayed.status());
        assertEquals(List.of(replay), replayed.replayIds());
        assertEquals(List.of("UPDATE exchangeMessage " + original + ": replayed as #" + replay,
                "CREATE exchangeMessage " + replay + ": replay of #" + original + " import.xml"), audited);
        assertEquals(replay, call(() -> journal.receive(incoming("import.xml", "k", file))));
    }

    @Test
    void aReplayOfAWaitingMessageIsRefusedAndChangesNothing() throws IOException {
        long done = claimed("a.xml");
        call(() -> journal.finish(done));
        long waiting = call(() -> journal.receive(incoming("b.xml", "b", file("<b/>"))));

        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> call(() -> journal.replay(List.of(done, waiting))));

        assertEquals("crm.rule.exchange.notFinished", refused.messageKey());
        assertEquals(MessageStatus.APPLIED, call(() -> journal.progress(done)).orElseThrow().status());
        assertEquals(2, ids(new MessageFilter(null, null, null, null, null, null, null)).size());
        assertThrows(RecordNotFoundException.class, () -> call(() -> journal.replay(List.of(-1L))));
        assertThrows(InvalidRequestException.class, () -> call(() -> journal.replay(List.of())));
    }

    @Test
    void aResolvedDeadLetterNamesWhoResolvedIt() throws IOException {
        long id = claimed("import.xml");
        call(() -> journal.deadLetter(id, "wrong encoding", null));

        call(() -> journal.resolve(id, "1C sent it again in UTF-8"));

        MessageDetails details = call(() -> journal.details(id)).orElseThrow();
        assertEquals("erpadmin", details.resolvedBy());
        assertEquals("1C sent it again in UTF-8", details.resolution());
        assertEquals(List.of("UPDATE exchangeMessage " + id + ": resolved import.xml"), audited);
    }

    @Test
    void retentionPurgesWhatNeedsNothingMore() throws IOException, SQLException {
        long applied = claimed("applied.xml");
        call(() -> journal.recordBatch(applied, 2, 1, 0, List.of(new ElementErrorView("1", "g", "bad"))));
        call(() -> journal.finish(applied));
        long unresolved = claimed("unresolved.xml");
        call(() -> journal.deadLetter(unresolved, "broken", null));
        long resolved = claimed("resolved.xml");
        call(() -> journal.deadLetter(resolved, "broken", null));
        call(() -> journal.resolve(resolved, "fixed by hand"));
        long recent = claimed("recent.xml");
        call(() -> journal.finish(recent));
        long waiting = call(() -> journal.receive(incoming("waiting.xml", "w", file("<w/>"))));
        for (long old : List.of(applied, unresolved, resolved, waiting)) {
            receivedDaysAgo(old, 100);
        }

        assertEquals(2, (int) call(() -> journal.purgeOlderThan(Duration.ofDays(90))));

        assertEquals(List.of(recent, waiting, unresolved).stream().sorted().toList(),
                ids(new MessageFilter(null, null, null, null, null, null, null)).stream().sorted().toList());
        assertEquals(0, count("select count(*) from exchange_message_error"));
        assertEquals(3, count("select count(*) from exchange_message_payload"));
    }

    private long claimed(String sourceName) throws IOException {
        long id = call(() -> journal.receive(incoming(sourceName, sourceName, file("<" + sourceName.length() + "/>"))));
        assertEquals(id, call(() -> journal.claimNext(Set.of("catalog"))).orElseThrow().id());
        return id;
    }

    private List<Long> ids(MessageFilter filter) {
        return call(() -> journal.list(filter, new PageRequest(0, 50))).items().stream().map(MessageSummary::id).toList();
    }

    private static IncomingMessage incoming(String sourceName, String key, Path payload) {
        return new IncomingMessage("1c-site", MessageDirection.IN, "catalog", sourceName, key, payload);
    }

    private Path file(String content) {
        try {
            return Files.writeString(Files.createTempFile(dir, "payload", ".xml"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One boundary call: a fresh persistence context in its own transaction, rolled back on failure. */
    private <T> T call(Supplier<T> work) {
        EntityManager em = factory.createEntityManager();
        journal.em = em;
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private void call(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    private static byte[] storedPayload(long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select content from exchange_message_payload where message_id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getBytes(1);
            }
        }
    }

    private static void receivedDaysAgo(long id, int days) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update exchange_message set received_at = ? where id = ?")) {
            update.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusDays(days)));
            update.setLong(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The server gives JPA and JDBC the transaction's one connection; so does this data source. */
    private static DataSource oneConnection(Connection shared) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(ExchangeJournalTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(shared, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(ExchangeJournalTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> unclosable;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "one H2 connection";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static SessionContext callerNamed(String login) {
        Principal caller = () -> login;
        return (SessionContext) Proxy.newProxyInstance(ExchangeJournalTest.class.getClassLoader(),
                new Class<?>[] {SessionContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getCallerPrincipal")) {
                        return caller;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
