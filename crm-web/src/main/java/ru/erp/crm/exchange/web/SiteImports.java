package ru.erp.crm.exchange.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.ExchangeJournal.IncomingMessage;
import ru.erp.crm.exchange.boundary.ExchangeJournal.MessageProgress;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.entity.MessageDirection;

/**
 * {@code mode=import}: the first call for a file journals it (the journal keeps the payload, so
 * nothing depends on the upload folder afterwards) and answers {@code progress}; 1C repeats the
 * call, and each repetition reports the journal message's state until it ends in {@code success}
 * or {@code failure}. The content hash is the message's idempotency key: a file 1C sends again
 * with the same content is not journaled twice, and its elements are not applied twice.
 */
@ApplicationScoped
public class SiteImports {

    @EJB
    ExchangeJournal journal;

    public SiteAnswer importFile(ExchangeSession session, String fileName) throws IOException {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("filename is missing");
        }
        long messageId = session.messageOf(fileName).orElse(-1L);
        if (messageId < 0) {
            Path file = session.uploads().file(fileName);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("file " + fileName + " was not uploaded in this session (mode=file)");
            }
            messageId = journal.receive(new IncomingMessage(session.channel().code(), MessageDirection.IN,
                    MessageKinds.ONE_C_CATALOG, fileName, sha256(file), file));
            session.remember(fileName, messageId);
        }
        long id = messageId;
        MessageProgress progress = journal.progress(id)
                .orElseThrow(() -> new IllegalStateException("journal message " + id + " disappeared"));
        return answerFor(fileName, progress);
    }

    static SiteAnswer answerFor(String fileName, MessageProgress progress) {
        String counts = fileName + ": read " + progress.read() + ", applied " + progress.applied() + ", unchanged "
                + progress.skipped() + ", refused " + progress.failed() + " (journal message " + progress.id() + ")";
        return switch (progress.status()) {
            case RECEIVED, PROCESSING -> SiteAnswer.progress(counts);
            case APPLIED -> SiteAnswer.success(counts);
            case PARTLY_APPLIED, FAILED, DEAD_LETTERED -> SiteAnswer.failure(counts
                    + (progress.reason() == null ? "" : "; " + progress.reason())
                    + (progress.position() == null ? "" : " at " + progress.position()));
            case REPLAYED -> SiteAnswer.failure(counts + "; an administrator replays this message");
        };
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
