package ru.erp.crm.integration.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.pollconsumer.quartz.QuartzScheduledPollConsumerScheduler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.erp.crm.exchange.boundary.ChannelView;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.entity.CatalogueMode;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.integration.camel.CronScheduler;
import ru.erp.crm.integration.camel.RecordingJournal;

/**
 * The supervisor against channel rows a test sets, one reconciliation at a time (its timer is not
 * started): a changed schedule replaces the route, and "run now" reads the folder of a scheduled
 * channel once per request.
 */
class ChannelRouteSupervisorTest extends CamelTestSupport {

    private static final String NEW_YEAR_2099 = "0 0 0 1 1 ? 2099";
    private static final String ROUTE = "channel-bank";

    @TempDir
    Path inbox;

    private final RecordingJournal journal = new RecordingJournal();
    private final ListedChannels channels = new ListedChannels();
    private final ChannelRouteSupervisor supervisor = new ChannelRouteSupervisor();

    /** The enabled channels are whatever the test listed last. */
    static class ListedChannels extends Channels {

        private volatile List<ChannelView> enabled = List.of();

        void enabled(ChannelView... channels) {
            enabled = List.of(channels);
        }

        @Override
        public List<ChannelView> enabledOfKind(ChannelKind kind) {
            return enabled.stream().filter(channel -> channel.kind() == kind).toList();
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        CronScheduler.install(camel);
        return camel;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        FolderDropRoutes routes = new FolderDropRoutes();
        routes.journal = journal;
        supervisor.channels = channels;
        return routes;
    }

    @Test
    void aChangedScheduleReplacesTheRoute() throws Exception {
        channels.enabled(bank("bank", 1, null, null));
        supervisor.reconcile(context);
        assertFalse(bankConsumer().getScheduler() instanceof QuartzScheduledPollConsumerScheduler);

        channels.enabled(bank("bank", 2, NEW_YEAR_2099, null));
        supervisor.reconcile(context);
        assertInstanceOf(QuartzScheduledPollConsumerScheduler.class, bankConsumer().getScheduler());

        channels.enabled(bank("bank", 3, null, null));
        supervisor.reconcile(context);
        assertFalse(bankConsumer().getScheduler() instanceof QuartzScheduledPollConsumerScheduler);
    }

    @Test
    void runNowReadsAScheduledFolderButARequestFromBeforeTheStartIsNotRepeated() throws Exception {
        NotifyBuilder taken = new NotifyBuilder(context).fromRoute(ROUTE).whenDone(1).create();
        Instant beforeStart = Instant.now().minus(Duration.ofHours(1));
        channels.enabled(bank("bank", 1, NEW_YEAR_2099, beforeStart));
        supervisor.reconcile(context);
        drop("statement.txt");

        assertFalse(taken.matches(3, TimeUnit.SECONDS), "an old request was served again");

        channels.enabled(bank("bank", 2, NEW_YEAR_2099, Instant.now().plusSeconds(1)));
        supervisor.reconcile(context);

        assertTrue(taken.matches(30, TimeUnit.SECONDS), "run now did not read the scheduled folder");
        assertEquals(1, journal.received.size());
    }

    @Test
    void aRunRequestIsServedOnceThoughTheChannelChangesAgain() throws Exception {
        NotifyBuilder first = new NotifyBuilder(context).fromRoute(ROUTE).whenDone(1).create();
        NotifyBuilder second = new NotifyBuilder(context).fromRoute(ROUTE).whenDone(2).create();
        Instant requested = Instant.now().plusSeconds(1);
        channels.enabled(bank("bank", 1, NEW_YEAR_2099, requested));
        drop("statement-1.txt");
        supervisor.reconcile(context);
        assertTrue(first.matches(30, TimeUnit.SECONDS), "run now did not read the scheduled folder");

        channels.enabled(bank("bank", 2, NEW_YEAR_2099, requested));
        supervisor.reconcile(context);
        drop("statement-2.txt");

        assertFalse(second.matches(3, TimeUnit.SECONDS), "the same request was served twice");
        assertEquals(1, journal.received.size());
    }

    @Test
    void aChannelWhoseRouteCannotBeMadeWaitsForItsChangeWhileTheOthersRun() throws Exception {
        // A five-field Unix cron, as the loose check before Quartz schedules let through.
        channels.enabled(bank("bank", 1, "*/5 * * * *", null), bank("other", 1, null, null));

        supervisor.reconcile(context);
        supervisor.reconcile(context);

        assertNull(context.getRoute(ROUTE));
        assertNotNull(context.getRoute("channel-other"));

        channels.enabled(bank("bank", 2, NEW_YEAR_2099, null), bank("other", 1, null, null));
        supervisor.reconcile(context);

        assertInstanceOf(QuartzScheduledPollConsumerScheduler.class, bankConsumer().getScheduler());
    }

    private ChannelView bank(String code, long version, String schedule, Instant runRequestedAt) throws Exception {
        Path folder = Files.createDirectories(inbox.resolve(code));
        Instant created = Instant.parse("2026-11-01T09:00:00Z");
        return new ChannelView((long) code.hashCode(), code, code, ChannelKind.BANK_STATEMENTS, true, 1, schedule,
                "UTF-8", null, false, folder.toString(), null, CatalogueMode.FILE_DECIDES, 1_048_576, false,
                runRequestedAt, List.of(), created, created, version);
    }

    private ScheduledPollConsumer bankConsumer() {
        return assertInstanceOf(ScheduledPollConsumer.class, context.getRoute(ROUTE).getConsumer());
    }

    private void drop(String name) throws Exception {
        Path staged = Files.writeString(inbox.resolve("bank").resolve(name + ".part"), "1CClientBankExchange\n",
                StandardCharsets.UTF_8);
        Files.move(staged, inbox.resolve("bank").resolve(name));
    }
}
