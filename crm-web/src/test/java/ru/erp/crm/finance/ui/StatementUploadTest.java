package ru.erp.crm.finance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.entity.MessageStatus;
import ru.erp.crm.finance.boundary.StatementProgress;
import ru.erp.crm.finance.boundary.Statements;

class StatementUploadTest {

    private MessageStatus status = MessageStatus.PROCESSING;

    @Test
    void aFollowedStatementIsWaitedForUntilItIsFinished() {
        StatementUpload upload = new StatementUpload();
        upload.statements = new Statements() {
            @Override
            public StatementProgress progress(long messageId) {
                return new StatementProgress(messageId, status, status.isFinished(), 2000, 1000, 0, 0, null, null);
            }
        };
        assertFalse(upload.isWaiting(), "nothing uploaded yet");

        upload.setMessageId(12L);
        upload.load();
        assertTrue(upload.isWaiting());

        status = MessageStatus.APPLIED;
        upload.refresh();
        assertFalse(upload.isWaiting());
        assertEquals(12L, upload.getProgress().messageId());
        assertEquals(Statements.MAX_BYTES, upload.getMaxBytes());
    }
}
