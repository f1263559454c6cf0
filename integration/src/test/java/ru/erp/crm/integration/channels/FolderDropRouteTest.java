package ru.erp.crm.integration.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.quartz.QuartzComponent;
import org.apache.camel.pollconsumer.quartz.QuartzScheduledPollConsumerScheduler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.quartz.simpl.RAMJobStore;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.integration.camel.CronScheduler;
import ru.erp.crm.integration.camel.RecordingJournal;

/**
 * Routes made from the folder template as the supervisor makes them, on a temporary folder and an
 * in-memory journal: a schedule decides when the folder is read, the poll interval only when there
 * is none, and "run now" reads a scheduled folder at once. Bank statement channels are used because
 * they journal any {@code .txt} without reading it.
 */
class FolderDropRouteTest extends CamelTestSupport {

    private static final String EVERY_SECOND = "0/1 * * * * ?";
    private static final String NEW_YEAR_2099 = "0 0 0 1 1 ? 2099";

    @TempDir
    Path inbox;

    private final RecordingJournal journal = new RecordingJournal();

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
        return routes;
    }

    @Test
    void aScheduleOfEverySecondPicksAFileUp() throws Exception {
        String route = start("bank", 3600, EVERY_SECOND);
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(route).whenDone(1).create();

        drop("statement.txt");

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the scheduled route did not take the file");
        assertEquals("statement.txt", journal.received.get(0).message().sourceName());
        assertEquals("bank", journal.received.get(0).message().channel());
    }

    @Test
    void aScheduleFarAheadTakesNothingThoughTheIntervalIsShort() throws Exception {
        String route = start("bank", 1, NEW_YEAR_2099);
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(route).whenDone(1).create();

        drop("statement.txt");

        assertFalse(done.matches(3, TimeUnit.SECONDS), "the route polled outside its schedule");
        assertTrue(journal.received.isEmpty());
        assertTrue(Files.exists(inbox.resolve("statement.txt")));
    }

    @Test
    void runNowReadsAScheduledFolderAtOnce() throws Exception {
        String route = start("bank", 1, NEW_YEAR_2099);
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(route).whenDone(1).create();
        drop("statement.txt");

        FolderDropRoutes.pollNow(context, "bank");

        assertTrue(done.matches(30, TimeUnit.SECONDS), "run now did not poll the scheduled route");
        assertEquals(1, journal.received.size());
    }

    @Test
    void withoutAScheduleTheIntervalPolls() throws Exception {
        String route = start("bank", 1, null);
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(route).whenDone(1).create();

        drop("statement.txt");

        assertTrue(done.matches(30, TimeUnit.SECONDS), "the route on an interval did not take the file");
        ScheduledPollConsumer consumer = consumerOf(route);
        assertEquals(1000, consumer.getDelay());
        assertFalse(consumer.getScheduler() instanceof QuartzScheduledPollConsumerScheduler);
    }

    @Test
    void theCronReachesQuartzAsWrittenWithItsHashAndQuestionMark() throws Exception {
        String route = start("bank", 60, "  0 0 12 ?  * 6#3 ");

        assertInstanceOf(QuartzScheduledPollConsumerScheduler.class, consumerOf(route).getScheduler());
        Scheduler quartz = context.getComponent(CronScheduler.COMPONENT, QuartzComponent.class).getScheduler();
        CronTrigger trigger = assertInstanceOf(CronTrigger.class,
                quartz.getTrigger(new TriggerKey("bank", FolderDropRoutes.TRIGGER_GROUP)));
        assertEquals("0 0 12 ? * 6#3", trigger.getCronExpression());
    }

    @Test
    void theSchedulerKeepsItsJobsInMemoryOnTwoThreadsAndStopsWithTheContext() throws Exception {
        start("bank", 60, NEW_YEAR_2099);
        Scheduler scheduler = context.getComponent(CronScheduler.COMPONENT, QuartzComponent.class).getScheduler();
        assertEquals(RAMJobStore.class, scheduler.getMetaData().getJobStoreClass());
        assertEquals(2, scheduler.getMetaData().getThreadPoolSize());
        assertTrue(scheduler.isStarted());

        context.stop();

        assertTrue(scheduler.isShutdown());
    }

    private String start(String channel, int pollSeconds, String schedule) throws Exception {
        String routeId = "channel-" + channel;
        context.addRouteFromTemplate(routeId, FolderDropRoutes.TEMPLATE,
                FolderDropRoutes.parameters(channel, ChannelKind.BANK_STATEMENTS, inbox, pollSeconds, schedule));
        return routeId;
    }

    private ScheduledPollConsumer consumerOf(String routeId) {
        return assertInstanceOf(ScheduledPollConsumer.class, context.getRoute(routeId).getConsumer());
    }

    /** Written aside and moved in, as 1C does, so the route never sees half a file. */
    private void drop(String name) throws Exception {
        Path staged = Files.writeString(inbox.resolve(name + ".part"), "1CClientBankExchange\n", StandardCharsets.UTF_8);
        Files.move(staged, inbox.resolve(name));
    }
}
