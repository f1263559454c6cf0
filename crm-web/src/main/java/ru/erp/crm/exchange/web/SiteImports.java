package ru.erp.crm.exchange.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.IncomingMessage;
import ru.erp.crm.exchange.boundary.MessageProgress;
import ru.erp.crm.exchange.entity.MessageDirection;

/**
 * {@code mode=import} (of the catalogue, or of 1C's documents in {@code type=sale}): the first call for a file journals it (the journal keeps the payload, so
 * nothing depends on the upload folder afterwards) and answers {@code progress}; 1C repeats the
 * call, and each repetition reports the journal message's state until it ends in {@code success}
 * or {@code failure}. The content hash (the journal computes it) is the message's idempotency key: a file 1C sends again
 * with the same content is not journaled twice, and its elements are not applied twice.
 */
@ApplicationScoped
public class SiteImports {

    @EJB
    ExchangeJournal journal;

    public SiteAnswer importFile(ExchangeSession session, String kind, String fileName) throws IOException {
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
                    kind, fileName, null, file));
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
}
