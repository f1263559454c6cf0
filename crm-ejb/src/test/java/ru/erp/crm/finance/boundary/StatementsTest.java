package ru.erp.crm.finance.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.boundary.ChannelView;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.IncomingMessage;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.boundary.MessageProgress;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.PayloadTooLargeException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.RuleViolationException;

class StatementsTest {

    private static final String STATEMENT = "1CClientBankExchange\r\nВерсияФормата=1.03\r\nКонецФайла\r\n";

    private final Statements statements = new Statements();
    private final List<IncomingMessage> journaled = new ArrayList<>();
    private final List<String> payloads = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private List<String> enabled = List.of("bank-main", "bank-spare");
    private List<String> all = List.of("bank-main", "bank-spare");

    @BeforeEach
    void boundaries() {
        statements.journal = new ExchangeJournal() {
            @Override
            public long receive(IncomingMessage message) {
                journaled.add(message);
                try {
                    payloads.add(Files.readString(message.payload(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return 42;
            }

            @Override
            public Optional<MessageProgress> progress(long messageId, String kind) {
                return messageId == 42 && kind.equals(MessageKinds.BANK_STATEMENT)
                        ? Optional.of(new MessageProgress(42, MessageStatus.PARTLY_APPLIED, 10, 8, 1, 1, null, null))
                        : Optional.empty();
            }
        };
        statements.channels = new Channels() {
            @Override
            public List<ChannelView> enabledOfKind(ChannelKind kind) {
                assertEquals(ChannelKind.BANK_STATEMENTS, kind);
                return enabled.stream().map(StatementsTest::channel).toList();
            }

            @Override
            public List<String> codesOfKind(ChannelKind kind) {
                assertEquals(ChannelKind.BANK_STATEMENTS, kind);
                return all;
            }
        };
        statements.audit = new AuditTrail() {
            @Override
            public void record(AuditAction action, String entity, Object entityId, String summary,
                               Map<String, ?> before, Map<String, ?> after) {
                audited.add(action + " " + entity + " " + entityId + ": " + summary);
            }
        };
    }

    @Test
    void anUploadIsJournaledAsABankStatementOfTheFirstEnabledBankChannel() {
        long id = statements.upload("C:\\Users\\buh\\Выписки\\kl_to_1c.txt", body(STATEMENT));

        assertEquals(42, id);
        IncomingMessage message = journaled.get(0);
        assertEquals("bank-main", message.channel());
        assertEquals(MessageDirection.IN, message.direction());
        assertEquals(MessageKinds.BANK_STATEMENT, message.kind());
        assertEquals("kl_to_1c.txt", message.sourceName());
        assertNull(message.idempotencyKey(), "the journal keys it by its content hash");
        assertEquals(STATEMENT, payloads.get(0));
        assertFalse(Files.exists(message.payload()), "the temporary copy is gone once journaled");
        assertEquals(List.of("CREATE exchangeMessage 42: bank statement kl_to_1c.txt uploaded to bank-main"), audited);
    }

    @Test
    void withoutAnEnabledBankChannelTheUserIsToldWhichOneToEnable() {
        enabled = List.of();

        RuleViolationException disabled = assertThrows(RuleViolationException.class,
                () -> statements.upload("kl_to_1c.txt", body(STATEMENT)));
        all = List.of();
        RuleViolationException none = assertThrows(RuleViolationException.class,
                () -> statements.upload("kl_to_1c.txt", body(STATEMENT)));

        assertEquals(Statements.CHANNEL_DISABLED, disabled.messageKey());
        assertEquals(List.of("bank-main, bank-spare"), disabled.arguments());
        assertEquals(Statements.NO_CHANNEL, none.messageKey());
        assertEquals(List.of("BANK_STATEMENTS"), none.arguments());
        assertTrue(journaled.isEmpty());
    }

    @Test
    void theFileNeedsAName() {
        for (String name : new String[] {null, " ", "/tmp/", "a".repeat(501)}) {
            InvalidRequestException thrown = assertThrows(InvalidRequestException.class,
                    () -> statements.upload(name, body(STATEMENT)));
            assertEquals("filename", thrown.violations().get(0).field());
        }
        assertEquals("kl.txt", Statements.baseName("  /home/buh/kl.txt "));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        Statements.requireAcceptableSize(Statements.MAX_BYTES);
        assertThrows(PayloadTooLargeException.class, () -> Statements.requireAcceptableSize(Statements.MAX_BYTES + 1));
    }

    @Test
    void progressIsOnlyForBankStatements() {
        StatementProgress progress = statements.progress(42);

        assertEquals(new StatementProgress(42, MessageStatus.PARTLY_APPLIED, true, 10, 8, 1, 1, null, null), progress);
        assertThrows(RecordNotFoundException.class, () -> statements.progress(7));
    }

    private static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ChannelView channel(String code) {
        return new ChannelView(1L, code, code, ChannelKind.BANK_STATEMENTS, true, 60, null, "windows-1251", null, false,
                "/srv/bank", null, null, 10L, false, null, List.of(), null, null, 0);
    }
}
