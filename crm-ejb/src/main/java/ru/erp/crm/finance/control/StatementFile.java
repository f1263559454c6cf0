package ru.erp.crm.finance.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.PayloadTooLargeException;

/**
 * An uploaded bank statement on its way into the journal: copied to a temporary file up to a
 * size limit, and refused at once when it is empty or does not begin like a 1CClientBankExchange
 * file, so the user hears it on upload rather than finding a dead letter later. Only the
 * signature is checked here; the bank route reads the rest.
 */
public final class StatementFile {

    /** The first line of every 1CClientBankExchange file; ASCII in every encoding banks use. */
    static final byte[] SIGNATURE = "1CClientBankExchange".getBytes(StandardCharsets.US_ASCII);
    static final String TOO_LARGE = "crm.problem.statement.tooLarge";
    static final String EMPTY = "crm.validation.statement.empty";
    static final String NOT_A_STATEMENT = "crm.validation.statement.format";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int HEAD = 64;
    private static final int BUFFER = 64 * 1024;

    private StatementFile() {
    }

    /**
     * Copies {@code content} into a new temporary file, which the caller deletes.
     *
     * @param field the request field the problems name
     * @throws PayloadTooLargeException when more than {@code maxBytes} arrive (reading stops there)
     * @throws InvalidRequestException  when the content is empty or not a 1CClientBankExchange file
     */
    public static Path store(InputStream content, long maxBytes, String field) {
        Path file = temporaryFile();
        boolean stored = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] head = new byte[HEAD];
            int headLength = content.readNBytes(head, 0, HEAD);
            if (headLength == 0) {
                throw InvalidRequestException.of(field, EMPTY);
            }
            if (!isStatement(Arrays.copyOf(head, headLength))) {
                throw InvalidRequestException.of(field, NOT_A_STATEMENT);
            }
            long total = requireWithin(headLength, maxBytes);
            out.write(head, 0, headLength);
            byte[] buffer = new byte[BUFFER];
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                total = requireWithin(total + read, maxBytes);
                out.write(buffer, 0, read);
            }
            stored = true;
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an uploaded statement in " + file, e);
        } finally {
            if (!stored) {
                deleteQuietly(file);
            }
        }
    }

    /** Whether the first bytes are the signature line, after an optional UTF-8 BOM and blanks. */
    static boolean isStatement(byte[] head) {
        int at = startsWith(head, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
        while (at < head.length && (head[at] == ' ' || head[at] == '\t')) {
            at++;
        }
        if (!startsWith(head, at, SIGNATURE)) {
            return false;
        }
        int after = at + SIGNATURE.length;
        return after == head.length || Character.isWhitespace(head[after]);
    }

    private static long requireWithin(long total, long maxBytes) {
        if (total > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return total;
    }

    /** The problem of a statement over the limit, which it states in whole megabytes. */
    public static PayloadTooLargeException tooLarge(long maxBytes) {
        return new PayloadTooLargeException(TOO_LARGE, maxBytes / (1024 * 1024));
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file left behind is the operating system's to clean; the upload's outcome stands
        }
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        return bytes.length - at >= prefix.length && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempFile("crm-statement-", ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file for an uploaded statement", e);
        }
    }
}
