package ru.erp.crm.integration.onec.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import ru.erp.crm.finance.boundary.BankStatementElement;
import ru.erp.crm.finance.boundary.BankStatementElement.Statement;

/**
 * Streams a 1CClientBankExchange file (format versions 1.01 to 1.03) as
 * {@link BankStatementElement}s: first the {@link Statement} (version, sender, period and the
 * accounts of the header's РасчСчет lines and СекцияРасчСчет sections), then one
 * {@link BankStatementElement.Document} per {@code СекцияДокумент}, or an
 * {@link BankStatementElement.Unreadable} for a document with a broken date or amount.
 *
 * <p>Reads line by line and holds only the document being read, so a statement with a hundred
 * thousand documents needs no more memory than one with two. The encoding is detected from the
 * bytes (see {@link #charset()}); CRLF, LF and blank lines between sections are all accepted.
 *
 * <p>Errors surface lazily, from {@link #hasNext()} and {@link #next()}, as a
 * {@link BankExchangeFormatException} naming the line, once reading reaches the damage: the
 * elements returned before stay valid. A file that ends early (inside a document, or without
 * {@code КонецФайла}) yields everything complete before that point, then fails. After a failure
 * every further call throws the same exception; an {@link UncheckedIOException} means the input
 * itself could not be read.
 *
 * <p>Not thread-safe. {@link #close()} closes the input stream.
 */
public final class BankStatementReader implements Iterator<BankStatementElement>, AutoCloseable {

    public static final String SIGNATURE = "1CClientBankExchange";

    private static final String DOCUMENT_START = "СекцияДокумент";
    private static final String DOCUMENT_END = "КонецДокумента";
    private static final String ACCOUNT_START = "СекцияРасчСчет";
    private static final String ACCOUNT_END = "КонецРасчСчет";
    private static final String FILE_END = "КонецФайла";

    private enum Place { HEADER, ACCOUNT_SECTION, BETWEEN_DOCUMENTS, DOCUMENT, DONE }

    private final InputStream input;
    private Reader decoded;
    private Charset charset;
    private NumberedLines lines;
    private Place place = Place.HEADER;
    /** Null once the statement has been returned: it is complete when the first document starts. */
    private StatementHeader header = new StatementHeader();
    private DocumentSection document;
    private int documentLine;
    private BankStatementElement pending;
    /** An early end found while returning the statement, thrown on the next call so the statement is kept. */
    private RuntimeException deferred;
    private RuntimeException failure;

    public BankStatementReader(InputStream input) {
        this.input = Objects.requireNonNull(input, "input");
    }

    /** The encoding the bytes were read in; null until the first {@link #hasNext()}. */
    public Charset charset() {
        return charset;
    }

    @Override
    public boolean hasNext() {
        if (failure != null) {
            throw failure;
        }
        if (pending == null && place != Place.DONE) {
            try {
                pending = advance();
            } catch (BankExchangeFormatException | UncheckedIOException e) {
                failure = e;
                throw e;
            } catch (IOException e) {
                failure = new UncheckedIOException("Could not read the bank statement after line "
                        + (lines == null ? 0 : lines.number()), e);
                throw failure;
            }
        }
        return pending != null;
    }

    @Override
    public BankStatementElement next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more elements in the bank statement");
        }
        BankStatementElement element = pending;
        pending = null;
        return element;
    }

    @Override
    public void close() throws IOException {
        if (decoded != null) {
            decoded.close();
        }
        input.close();
    }

    /** Reads on until the next element is complete; null at КонецФайла. */
    private BankStatementElement advance() throws IOException {
        if (deferred != null) {
            throw deferred;
        }
        if (lines == null) {
            open();
        }
        String raw;
        while ((raw = lines.next()) != null) {
            if (raw.indexOf(BankFileEncoding.UNDECODABLE) >= 0) {
                throw new BankExchangeFormatException("bytes that are not valid " + charset.name(), lines.number());
            }
            String line = raw.strip();
            BankStatementElement element = line.isEmpty() ? null : accept(line, lines.number());
            if (element != null) {
                return element;
            }
            if (place == Place.DONE) {
                return null;
            }
        }
        return endedEarly();
    }

    private void open() throws IOException {
        BankFileEncoding.Decoded detected = BankFileEncoding.decode(input);
        charset = detected.charset();
        decoded = detected.reader();
        lines = new NumberedLines(decoded);
        String first = lines.next();
        if (first == null || !SIGNATURE.equals(first.strip())) {
            throw new BankExchangeFormatException("not a bank statement: the first line must be " + SIGNATURE, 1);
        }
    }

    private BankStatementElement accept(String line, int number) {
        int equals = line.indexOf('=');
        String key = (equals < 0 ? line : line.substring(0, equals)).strip();
        String value = equals < 0 ? null : line.substring(equals + 1).strip();
        return switch (place) {
            case HEADER -> inHeader(key, value, line, number);
            case ACCOUNT_SECTION -> inAccountSection(key, value, line, number);
            case BETWEEN_DOCUMENTS -> betweenDocuments(key, value, line, number);
            case DOCUMENT -> inDocument(key, value, line, number);
            case DONE -> throw new IllegalStateException("read after КонецФайла");
        };
    }

    private BankStatementElement inHeader(String key, String value, String line, int number) {
        if (DOCUMENT_START.equals(key) && value != null) {
            Statement statement = statement(number - 1);
            startDocument(value, number);
            return statement;
        }
        if (FILE_END.equals(line)) {
            Statement statement = statement(number - 1);
            place = Place.DONE;
            return statement;
        }
        if (ACCOUNT_START.equals(line)) {
            place = Place.ACCOUNT_SECTION;
            return null;
        }
        if (value == null) {
            throw unexpected(line, number);
        }
        header.headerLine(key, value, number);
        return null;
    }

    private BankStatementElement inAccountSection(String key, String value, String line, int number) {
        if (ACCOUNT_END.equals(line)) {
            place = Place.HEADER;
            return null;
        }
        if (value == null || DOCUMENT_START.equals(key)) {
            throw new BankExchangeFormatException("\"" + line + "\" inside СекцияРасчСчет, expected "
                    + ACCOUNT_END, number);
        }
        header.accountSectionLine(key, value, number);
        return null;
    }

    private BankStatementElement betweenDocuments(String key, String value, String line, int number) {
        if (DOCUMENT_START.equals(key) && value != null) {
            startDocument(value, number);
            return null;
        }
        if (FILE_END.equals(line)) {
            place = Place.DONE;
            return null;
        }
        throw ACCOUNT_START.equals(line)
                ? new BankExchangeFormatException("СекцияРасчСчет after the first СекцияДокумент", number)
                : unexpected(line, number);
    }

    private BankStatementElement inDocument(String key, String value, String line, int number) {
        if (DOCUMENT_END.equals(line)) {
            BankStatementElement element = document.toElement();
            document = null;
            place = Place.BETWEEN_DOCUMENTS;
            return element;
        }
        if (DOCUMENT_START.equals(key) || FILE_END.equals(line) || ACCOUNT_START.equals(line)) {
            throw new BankExchangeFormatException("\"" + line + "\" before " + DOCUMENT_END
                    + " of the СекцияДокумент at line " + documentLine, number);
        }
        if (value == null) {
            document.malformed(line, number);
        } else {
            document.value(key, value);
        }
        return null;
    }

    private void startDocument(String kind, int number) {
        document = new DocumentSection(kind, number);
        documentLine = number;
        place = Place.DOCUMENT;
    }

    private Statement statement(int lastHeaderLine) {
        Statement statement = header.toStatement(lastHeaderLine);
        header = null;
        return statement;
    }

    /**
     * The text ended before КонецФайла. The statement, if not yet returned, still is (the
     * failure waits for the next call); a document cut off before КонецДокумента is not.
     */
    private BankStatementElement endedEarly() {
        int last = lines.number();
        BankExchangeFormatException early = switch (place) {
            case DOCUMENT -> new BankExchangeFormatException("the file ends inside the СекцияДокумент at line "
                    + documentLine + ", before " + DOCUMENT_END + " and " + FILE_END, last);
            case ACCOUNT_SECTION -> new BankExchangeFormatException(
                    "the file ends inside СекцияРасчСчет, before " + ACCOUNT_END + " and " + FILE_END, last);
            default -> new BankExchangeFormatException("the file ends early: no " + FILE_END, last);
        };
        if (header != null) {
            deferred = early;
            return statement(last);
        }
        throw early;
    }

    private static BankExchangeFormatException unexpected(String line, int number) {
        return new BankExchangeFormatException("unexpected line \"" + line + "\"", number);
    }
}
