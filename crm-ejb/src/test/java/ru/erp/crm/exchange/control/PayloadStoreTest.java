package ru.erp.crm.exchange.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Payload storage against H2 in Oracle mode, migrated by the product's own scripts: this also
 * checks that the journal's migration runs there.
 */
class PayloadStoreTest {

    @TempDir
    Path dir;

    private static JdbcDataSource dataSource;
    private final PayloadStore store = new PayloadStore(dataSource);

    @BeforeAll
    static void migrate() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("crm");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement delete = connection.createStatement()) {
            delete.executeUpdate("delete from exchange_message_payload");
            delete.executeUpdate("delete from exchange_message");
        }
    }

    @Test
    void aStoredPayloadIsReadBackDecompressed() throws IOException {
        byte[] xml = "<КоммерческаяИнформация/>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        long id = journal(1);

        store.insert(id, gzip(xml));

        assertArrayEquals(xml, read(id));
    }

    @Test
    void aMessageWithoutPayloadHasNothingToRead() {
        assertFalse(store.writeTo(journal(1), new ByteArrayOutputStream()));
    }

    @Test
    void aReplayGetsACopyOfTheOriginalsPayload() throws IOException {
        byte[] xml = "<Документ/>".getBytes(StandardCharsets.UTF_8);
        long original = journal(1);
        long replay = journal(2);
        store.insert(original, gzip(xml));

        store.copy(original, replay);

        assertArrayEquals(xml, read(replay));
        assertArrayEquals(xml, read(original));
    }

    @Test
    void copyingAMissingPayloadIsAnError() {
        long original = journal(1);
        long replay = journal(2);
        assertThrows(IllegalStateException.class, () -> store.copy(original, replay));
    }

    @Test
    void deletingRemovesOnlyTheGivenPayloads() throws IOException {
        Path gzipped = gzip("<x/>".getBytes(StandardCharsets.UTF_8));
        for (long id : List.of(journal(1), journal(2), journal(3))) {
            store.insert(id, gzipped);
        }

        assertEquals(2, store.delete(List.of(1L, 3L)));

        assertFalse(store.writeTo(1, new ByteArrayOutputStream()));
        assertTrue(store.writeTo(2, new ByteArrayOutputStream()));
        assertEquals(0, store.delete(List.of()));
    }

    @Test
    void oneDeleteTakesAtMostAnOracleInList() {
        List<Long> tooMany = Collections.nCopies(PayloadStore.MAX_IDS + 1, 1L);
        assertThrows(IllegalArgumentException.class, () -> store.delete(tooMany));
    }

    @Test
    void theMigrationCreatesTheJournalSequences() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement next = connection.prepareStatement(
                     "select exchange_message_seq.nextval, exchange_message_error_seq.nextval from dual");
             ResultSet row = next.executeQuery()) {
            assertTrue(row.next());
            assertEquals(50, row.getLong(1));
            assertEquals(50, row.getLong(2));
        }
    }

    private byte[] read(long id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(store.writeTo(id, out));
        return out.toByteArray();
    }

    private Path gzip(byte[] content) throws IOException {
        Path source = Files.write(Files.createTempFile(dir, "payload", ".xml"), content);
        Path gzipped = Files.createTempFile(dir, "payload", ".gz");
        PayloadCompression.gzip(source, gzipped);
        return gzipped;
    }

    /** A message row as the journal writes it, so the payload's foreign key holds. */
    private long journal(long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into exchange_message (id, channel,"
                     + " direction, kind, source_name, idempotency_key, status, received_at, payload_size,"
                     + " payload_sha256) values (?, '1c-site', 'IN', 'catalog', 'import.xml', ?, 'RECEIVED', ?, 0, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, "key-" + id);
            insert.setTimestamp(3, Timestamp.valueOf(LocalDateTime.of(2026, 11, 23, 10, 0)));
            insert.setString(4, "0".repeat(64));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
