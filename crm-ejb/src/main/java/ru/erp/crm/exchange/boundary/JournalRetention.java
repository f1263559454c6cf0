package ru.erp.crm.exchange.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps the exchange journal to its retention period: every hour, messages older than the
 * setting {@value #SETTING} (days, {@value #DEFAULT_DAYS} when absent) are purged, except
 * dead letters nobody has resolved yet.
 */
@Singleton
public class JournalRetention {

    static final String SETTING = "exchange.retention.days";
    static final int DEFAULT_DAYS = 90;
    private static final Logger LOG = Logger.getLogger(JournalRetention.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    ExchangeJournal journal;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purgeExpired() {
        List<?> rows = em.createNativeQuery("select setting_value from app_setting where name = ?1")
                .setParameter(1, SETTING).getResultList();
        String setting = rows.isEmpty() ? null : String.valueOf(rows.get(0));
        Duration retention = retention(setting);
        int purged = journal.purgeOlderThan(retention);
        if (purged > 0) {
            LOG.info(() -> purged + " exchange messages purged after " + retention.toDays() + " days");
        }
    }

    /** The retention a setting asks for; a missing, unreadable or non-positive one means the default. */
    static Duration retention(String setting) {
        if (setting != null && setting.strip().matches("\\d{1,5}")) {
            int days = Integer.parseInt(setting.strip());
            if (days > 0) {
                return Duration.ofDays(days);
            }
        }
        if (setting != null) {
            LOG.warning(() -> SETTING + " is '" + setting + "', not a positive number of days; keeping "
                    + DEFAULT_DAYS + " days");
        }
        return Duration.ofDays(DEFAULT_DAYS);
    }
}
