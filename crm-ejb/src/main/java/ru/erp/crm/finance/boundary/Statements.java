package ru.erp.crm.finance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.boundary.ChannelView;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.IncomingMessage;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.finance.control.StatementFile;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.security.entity.Role;

/**
 * Bank statements FINANCE uploads by hand, beside the ones a bank channel's folder receives. An
 * upload is journaled exactly like a file from the folder — kind {@value MessageKinds#BANK_STATEMENT},
 * under the first enabled BANK_STATEMENTS channel, keyed by its content hash — and the bank route
 * applies it from there; the same file uploaded twice is journaled once. The uploader follows it
 * through {@link #progress}.
 */
@Stateless
@RolesAllowed({Role.Names.FINANCE, Role.Names.ADMIN})
public class Statements {

    /**
     * The largest statement taken. A day's statement of a busy company is a few megabytes; a
     * statement of 100,000 payments about 60 MB.
     */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    static final String FIELD = "file";
    static final String NAME_FIELD = "filename";
    static final int MAX_NAME_LENGTH = 500;
    static final String NO_CHANNEL = "crm.rule.statement.noBankChannel";
    static final String CHANNEL_DISABLED = "crm.rule.statement.bankChannelDisabled";

    @EJB
    ExchangeJournal journal;

    @EJB
    Channels channels;

    @EJB
    AuditTrail audit;

    /**
     * Journals an uploaded 1CClientBankExchange file for the bank route and returns the journal
     * message's id (the existing one when the same file was journaled before and is not finished
     * with a failure).
     *
     * @param fileName the name the file had on the user's machine; the journal's source name
     * @throws InvalidRequestException   without a file name, or when the content is empty or not a
     *                                   bank statement
     * @throws ru.erp.crm.platform.problem.PayloadTooLargeException over {@link #MAX_BYTES}
     * @throws RuleViolationException    when no BANK_STATEMENTS channel is enabled (naming the
     *                                   disabled ones, if any)
     */
    public long upload(String fileName, InputStream content) {
        String name = baseName(fileName);
        String channel = bankChannel();
        Path file = StatementFile.store(content, MAX_BYTES, FIELD);
        try {
            long id = journal.receive(new IncomingMessage(channel, MessageDirection.IN, MessageKinds.BANK_STATEMENT, name,
                    null, file));
            audit.record(AuditAction.CREATE, ExchangeJournal.ENTITY, id, "bank statement " + name + " uploaded to "
                    + channel, null, null);
            return id;
        } finally {
            StatementFile.deleteQuietly(file);
        }
    }

    /**
     * Refuses an upload whose declared length (an HTTP Content-Length) is over {@link #MAX_BYTES}
     * before a byte of it is read; {@link #upload} enforces the limit on what actually arrives.
     */
    public static void requireAcceptableSize(long declaredBytes) {
        if (declaredBytes > MAX_BYTES) {
            throw StatementFile.tooLarge(MAX_BYTES);
        }
    }

    /** The progress of a journaled bank statement; any other journal message is not found. */
    public StatementProgress progress(long messageId) {
        return journal.progress(messageId, MessageKinds.BANK_STATEMENT).map(StatementProgress::of)
                .orElseThrow(() -> new RecordNotFoundException(ExchangeJournal.ENTITY, messageId));
    }

    private String bankChannel() {
        List<ChannelView> enabled = channels.enabledOfKind(ChannelKind.BANK_STATEMENTS);
        if (!enabled.isEmpty()) {
            return enabled.get(0).code();
        }
        List<String> disabled = channels.codesOfKind(ChannelKind.BANK_STATEMENTS);
        if (disabled.isEmpty()) {
            throw new RuleViolationException(NO_CHANNEL, ChannelKind.BANK_STATEMENTS.name());
        }
        throw new RuleViolationException(CHANNEL_DISABLED, String.join(", ", disabled));
    }

    /** The name without the folders some browsers send along; required, at most 500 characters. */
    static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'),
                fileName.lastIndexOf('\\')) + 1).strip();
        if (name.isEmpty()) {
            throw InvalidRequestException.of(NAME_FIELD, "crm.validation.required");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw InvalidRequestException.of(NAME_FIELD, "crm.validation.tooLong", MAX_NAME_LENGTH);
        }
        return name;
    }
}
