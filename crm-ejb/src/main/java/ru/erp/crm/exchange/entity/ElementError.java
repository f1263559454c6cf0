package ru.erp.crm.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One element of a journaled message that could not be applied: where it is in the payload, the
 * sender's id for it, and why. Refers to its message by id rather than by association, because
 * a message may have many thousands of them and they are only ever read a page at a time.
 */
@Entity
@Table(name = "exchange_message_error")
public class ElementError {

    static final int ELEMENT_ID_LENGTH = 200;
    static final int REASON_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "exchange_message_error_seq", sequenceName = "exchange_message_error_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_message_error_seq")
    private Long id;

    @Column(name = "message_id", nullable = false)
    private Long messageId;

    private String position;

    @Column(name = "element_id")
    private String elementId;

    private String reason;

    protected ElementError() {
    }

    public ElementError(ExchangeMessage message, String position, String elementId, String reason) {
        if (message.id() == null) {
            throw new IllegalStateException("The message must be journaled before its element errors");
        }
        this.messageId = message.id();
        this.position = ExchangeMessage.clip(position, ExchangeMessage.POSITION_LENGTH);
        this.elementId = ExchangeMessage.clip(elementId, ELEMENT_ID_LENGTH);
        this.reason = ExchangeMessage.clip(reason, REASON_LENGTH);
    }

    public Long id() {
        return id;
    }

    public Long messageId() {
        return messageId;
    }

    public String position() {
        return position;
    }

    public String elementId() {
        return elementId;
    }

    public String reason() {
        return reason;
    }
}
