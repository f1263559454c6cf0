package ru.erp.crm.finance.boundary;

import ru.erp.crm.exchange.boundary.MessageProgress;
import ru.erp.crm.exchange.entity.MessageStatus;

/**
 * How far an uploaded bank statement has got in the exchange journal: its message's status and
 * counts (documents read, payments recorded, documents skipped as outgoing or known, refused).
 * {@code finished} once nothing more will change without someone replaying it.
 */
public record StatementProgress(long messageId, MessageStatus status, boolean finished, int read, int applied,
                                int skipped, int failed, String reason, String position) {

    static StatementProgress of(MessageProgress progress) {
        return new StatementProgress(progress.id(), progress.status(), progress.status().isFinished(), progress.read(),
                progress.applied(), progress.skipped(), progress.failed(), progress.reason(), progress.position());
    }
}
