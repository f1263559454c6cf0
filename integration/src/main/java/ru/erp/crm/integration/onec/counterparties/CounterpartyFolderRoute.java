package ru.erp.crm.integration.onec.counterparties;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import ru.erp.crm.customer.boundary.CounterpartyImport;
import ru.erp.crm.customer.boundary.CounterpartyImports;
import ru.erp.crm.customer.boundary.CounterpartyImports.CompletedMessage;
import ru.erp.crm.customer.boundary.ImportReport;
import ru.erp.crm.exchange.boundary.ExchangeInbox;
import ru.erp.crm.integration.camel.ExchangeSettings;
import ru.erp.crm.integration.onec.commerceml.Batches;
import ru.erp.crm.integration.onec.commerceml.CommerceMlFormatException;

/**
 * Picks CommerceML files up from the 1C inbox folder and upserts their counterparties.
 *
 * <p>A file is read twice, both times streaming: first to prove it is well-formed (so a broken
 * file changes nothing in the database), then to apply it in batches of {@value #BATCH}, one
 * transaction each. The content hash is the idempotency key, recorded with the last batch: a
 * re-sent file is skipped, and a crash mid-file lets the route run the file again, which the
 * GUID/INN upsert makes harmless. Broken files go to {@code .failed/} with a {@code .reason.txt}
 * beside them and a row in {@code exchange_failure}.
 */
@Dependent
public class CounterpartyFolderRoute extends RouteBuilder {

    public static final String ROUTE_ID = "1c-counterparties-folder";
    public static final String CHANNEL = "1c-folder";
    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(CounterpartyFolderRoute.class.getName());

    @EJB
    CounterpartyImports imports;

    @EJB
    ExchangeInbox inbox;

    @Override
    public void configure() {
        Path folder = ExchangeSettings.oneCInbox();
        onException(Exception.class)
                .handled(false)
                .process(this::recordFailure);

        fromF("file:%s?include=.*\\.xml&readLock=changed&readLockMinAge=1000&delay=2000"
                        + "&move=.done/${file:name.noext.single}-${date:now:yyyyMMddHHmmssSSS}.xml"
                        + "&moveFailed=.failed/${file:name.noext.single}-${date:now:yyyyMMddHHmmssSSS}.xml",
                folder.toString().replace('\\', '/'))
                .routeId(ROUTE_ID)
                .process(this::importFile);
    }

    void importFile(Exchange exchange) throws IOException {
        Path file = exchange.getIn().getBody(File.class).toPath();
        String source = file.getFileName().toString();
        String key = verifyAndHash(file);
        if (inbox.alreadyApplied(CHANNEL, key)) {
            LOG.info(() -> source + " was applied before (same content); skipped");
            return;
        }
        int created = 0;
        int updated = 0;
        int failed = 0;
        try (InputStream in = Files.newInputStream(file); CounterpartyReader reader = new CounterpartyReader(in)) {
            Batches<CounterpartyRecord> batches = new Batches<>(reader, BATCH);
            do {
                List<CounterpartyImport> batch = batches.hasNext()
                        ? batches.next().stream().map(CounterpartyMapper::toImport).toList()
                        : List.of();
                boolean last = !batches.hasNext();
                CompletedMessage completed = last ? new CompletedMessage(CHANNEL, key, source) : null;
                ImportReport report = imports.importBatch(source, batch, completed);
                created += report.created();
                updated += report.updated();
                failed += report.failed();
                report.failures().forEach(f -> inbox.recordFailure(CHANNEL, source, f.position(),
                        (f.externalId() == null ? "" : "Ид " + f.externalId() + ": ") + f.reason()));
                if (last) {
                    break;
                }
            } while (true);
        }
        String summary = source + ": " + created + " created, " + updated + " updated, " + failed + " refused";
        LOG.info(summary);
        exchange.getIn().setHeader("CrmImportSummary", summary);
    }

    /** The read-only passes: the SHA-256 of the bytes is the message key, and the whole file parses. */
    private static String verifyAndHash(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        try (CounterpartyReader reader = new CounterpartyReader(Files.newInputStream(file))) {
            while (reader.hasNext()) {
                reader.next();
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    void recordFailure(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String source = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        String position = cause instanceof CommerceMlFormatException format
                ? "line " + format.getLine() + ", column " + format.getColumn() : null;
        String reason = cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        inbox.recordFailure(CHANNEL, source == null ? "?" : source, position, reason);
        writeReasonBesideFailedFile(exchange, source, reason);
    }

    private static void writeReasonBesideFailedFile(Exchange exchange, String source, String reason) {
        String parent = exchange.getIn().getHeader(Exchange.FILE_PARENT, String.class);
        if (parent == null || source == null) {
            return;
        }
        try {
            Path failed = Path.of(parent, ".failed");
            Files.createDirectories(failed);
            Files.writeString(failed.resolve(source + ".reason.txt"), reason + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warning(() -> "Could not write the failure reason of " + source + ": " + e.getMessage());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
