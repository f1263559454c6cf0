package ru.erp.crm.activity.entity;

/**
 * What a user does with a customer. Calls and meetings happen at a moment and need a start;
 * tasks and e-mails are done by a deadline and need a due time.
 */
public enum ActivityKind {
    CALL(true),
    MEETING(true),
    TASK(false),
    EMAIL(false);

    private final boolean timed;

    ActivityKind(boolean timed) {
        this.timed = timed;
    }

    /** Whether it happens at a start time (calls, meetings) rather than by a due time (tasks, e-mails). */
    public boolean timed() {
        return timed;
    }
}
