package ru.erp.crm.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import ru.erp.crm.exchange.entity.InboxKey;

/**
 * The idempotency keys of messages applied completely: recorded with a message's last batch, the
 * last line of defence against applying a message twice (what failed, and why, is in the
 * exchange journal).
 */
@Stateless
public class ExchangeInbox {

    @PersistenceContext
    EntityManager em;

    @PermitAll
    public boolean alreadyApplied(String channel, String messageKey) {
        return em.find(InboxKey.class, new InboxKey.Key(channel, messageKey)) != null;
    }

    @PermitAll
    public void markApplied(String channel, String messageKey, String sourceName, String summary) {
        em.persist(new InboxKey(channel, messageKey, sourceName, Instant.now(), summary));
    }
}
