package ru.erp.crm.exchange.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import javax.sql.DataSource;

/**
 * The gzip payloads of journaled messages, over plain JDBC so that the bytes stream between the
 * database and a file or the network instead of passing through a {@code byte[]} as a JPA
 * mapping would. Given the JTA data source JPA uses, every statement runs on the connection of
 * the caller's transaction, so a payload commits or rolls back together with its message row.
 */
public class PayloadStore {

    public static final int MAX_IDS = 1000;

    private final DataSource dataSource;

    public PayloadStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores an already gzipped file as the payload of a message whose row exists. */
    public void insert(long messageId, Path gzipped) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into exchange_message_payload (message_id, content) values (?, ?)");
             InputStream content = Files.newInputStream(gzipped)) {
            insert.setLong(1, messageId);
            insert.setBinaryStream(2, content, Files.size(gzipped));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the payload of exchange message " + messageId, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the compressed payload " + gzipped, e);
        }
    }

    /** Writes the decompressed payload to {@code out}; false when the message has none. */
    public boolean writeTo(long messageId, OutputStream out) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select content from exchange_message_payload where message_id = ?")) {
            select.setLong(1, messageId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
                try (InputStream content = row.getBinaryStream(1)) {
                    PayloadCompression.gunzip(content, out);
                }
                return true;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the payload of exchange message " + messageId, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the payload of exchange message " + messageId, e);
        }
    }

    /** Gives a replay the payload of its original, copied inside the database without passing through here. */
    public void copy(long fromMessageId, long toMessageId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement copy = connection.prepareStatement(
                     "insert into exchange_message_payload (message_id, content)"
                             + " select ?, content from exchange_message_payload where message_id = ?")) {
            copy.setLong(1, toMessageId);
            copy.setLong(2, fromMessageId);
            if (copy.executeUpdate() != 1) {
                throw new IllegalStateException("Exchange message " + fromMessageId + " has no payload to copy");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot copy the payload of exchange message " + fromMessageId, e);
        }
    }

    /** Deletes the payloads of these messages, at most {@value #MAX_IDS} per call (Oracle's limit of an IN list). */
    public int delete(Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return 0;
        }
        if (messageIds.size() > MAX_IDS) {
            throw new IllegalArgumentException(messageIds.size() + " ids in one delete; at most " + MAX_IDS);
        }
        String placeholders = String.join(", ", Collections.nCopies(messageIds.size(), "?"));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from exchange_message_payload where message_id in (" + placeholders + ")")) {
            int index = 1;
            for (Long id : messageIds) {
                delete.setLong(index++, id);
            }
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot delete exchange message payloads", e);
        }
    }
}
