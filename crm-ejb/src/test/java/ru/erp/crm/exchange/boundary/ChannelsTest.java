package ru.erp.crm.exchange.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.exchange.entity.ExchangeChannel;

/**
 * The lookups routes and the statement upload make, against H2 in Oracle mode migrated by the
 * product's scripts, with EclipseLink as Payara runs it and, like Payara's pool, one connection
 * that keeps its prepared statements.
 */
class ChannelsTest {

    private static EntityManagerFactory factory;

    private final Channels channels = new Channels();

    @BeforeAll
    static void migrate() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUser("crm");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        factory = Persistence.createEntityManagerFactory("crm", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url", h2.getURL(),
                "jakarta.persistence.jdbc.user", "crm",
                "jakarta.persistence.jdbc.password", "",
                "eclipselink.jdbc.cache-statements", "true",
                "eclipselink.connection-pool.default.min", "1",
                "eclipselink.connection-pool.default.max", "1"));
        persist(folderChannel("bank-b", ChannelKind.BANK_STATEMENTS, true));
        persist(folderChannel("bank-a", ChannelKind.BANK_STATEMENTS, false));
        persist(folderChannel("drop", ChannelKind.FOLDER_DROP, true));
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    /**
     * The enabled flag is NUMBER(1), filtered through NumericBoolean; with a bound boolean the
     * server's H2 refused this query ("NUMERIC(1) and BOOLEAN are not comparable") once a bank
     * channel existed, though not in this test.
     */
    @Test
    void routesSeeTheEnabledChannelsOfTheirKindAlsoAfterAChannelIsAdded() {
        assertEquals(List.of("bank-b"), enabledCodes(ChannelKind.BANK_STATEMENTS));
        persist(folderChannel("bank-c", ChannelKind.BANK_STATEMENTS, true));

        assertEquals(List.of("bank-b", "bank-c"), enabledCodes(ChannelKind.BANK_STATEMENTS));
        assertEquals(List.of("drop"), enabledCodes(ChannelKind.FOLDER_DROP));
    }

    @Test
    void theCodesOfAKindIncludeDisabledChannels() {
        List<String> banks = inContext(() -> channels.codesOfKind(ChannelKind.BANK_STATEMENTS));
        assertEquals(List.of("bank-a", "bank-b"), banks.subList(0, 2), "in code order, the disabled bank-a too");
        assertEquals(List.of(), inContext(() -> channels.codesOfKind(ChannelKind.LOGISTICS_QUEUE)));
    }

    private List<String> enabledCodes(ChannelKind kind) {
        return inContext(() -> channels.enabledOfKind(kind)).stream().map(ChannelView::code).toList();
    }

    private static void persist(ExchangeChannel channel) {
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        em.persist(channel);
        em.getTransaction().commit();
        em.close();
    }

    private <T> T inContext(Supplier<T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            channels.em = em;
            return work.get();
        } finally {
            em.close();
        }
    }

    private static ExchangeChannel folderChannel(String code, ChannelKind kind, boolean enabled) {
        ExchangeChannel channel = new ExchangeChannel(code, code, kind, Instant.now());
        channel.changeLocation("/srv/exchange/" + code, null);
        if (enabled) {
            channel.enable();
        }
        return channel;
    }
}
