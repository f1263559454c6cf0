package ru.erp.crm.exchange.entity;

/** Where a journaled exchange message is in its life; see {@link ExchangeMessage} for the transitions. */
public enum MessageStatus {
    /** Journaled with its payload, waiting for a route to claim it. */
    RECEIVED,
    /** Claimed by a route that is applying its elements batch by batch. */
    PROCESSING,
    /** Every element was applied or skipped as already applied. */
    APPLIED,
    /** Some elements failed, the others were applied or skipped. */
    PARTLY_APPLIED,
    /** Every element failed. */
    FAILED,
    /** The message as a whole could not be processed (unreadable, wrong version, out of retries). */
    DEAD_LETTERED,
    /** Superseded by a replay: a new message with the same payload was journaled. */
    REPLAYED;

    /** Whether processing has ended, so the message may be replayed or purged. */
    public boolean isFinished() {
        return this != RECEIVED && this != PROCESSING;
    }
}
