package ru.erp.crm.integration.channels;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.quartz.QuartzComponent;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.IncomingMessage;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.integration.camel.CronScheduler;
import ru.erp.crm.integration.camel.FailedFiles;
import ru.erp.crm.integration.onec.catalog.CatalogueFiles;

/**
 * The route template of folder channels. FOLDER_DROP: CommerceML catalogue files (import, offers,
 * prices, rests) that 1C or an administrator drops into the channel's folder are journaled, then
 * applied by the catalogue route exactly as files from the site exchange are; a file that is not a
 * catalogue file goes to {@code .failed/} with a {@code .reason.txt}. BANK_STATEMENTS: the bank
 * client's 1CClientBankExchange files ({@code *.txt}) are journaled for the bank statement route.
 * Files are taken in name order, which is the order 1C names them in (import before offers before
 * prices and rests). {@link ChannelRouteSupervisor} instantiates one route per enabled channel.
 *
 * <p>A channel without a schedule polls its folder half a second after its route starts, then
 * every poll interval. A channel with a schedule (Quartz cron, see
 * {@link ru.erp.crm.exchange.entity.ExchangeChannel#schedule}) polls only at the schedule's times,
 * on the {@link CronScheduler}'s threads; {@link #pollNow} is its "run now".
 */
@Dependent
public class FolderDropRoutes extends RouteBuilder {

    public static final String TEMPLATE = "folder-drop";
    static final String CHANNEL = "channel";
    static final String FOLDER = "folder";
    static final String POLLING = "polling";
    static final String KIND = "channelKind";
    static final String FILES = "files";
    /** The Quartz trigger group of scheduled channel routes; a trigger is named by its channel's code. */
    static final String TRIGGER_GROUP = "channels";
    private static final Logger LOG = Logger.getLogger(FolderDropRoutes.class.getName());

    @EJB
    ExchangeJournal journal;

    @Override
    public void configure() {
        routeTemplate(TEMPLATE)
                .templateParameter(CHANNEL)
                .templateParameter(FOLDER)
                .templateParameter(POLLING)
                .templateParameter(KIND)
                .templateParameter(FILES)
                .from("file:{{" + FOLDER + "}}?include={{" + FILES + "}}&sortBy=file:name&{{" + POLLING + "}}"
                        + "&readLock=changed&readLockMinAge=1000"
                        + "&move=.done/${file:name.noext.single}-${date:now:yyyyMMddHHmmssSSS}.xml"
                        + "&moveFailed=.failed/${file:name.noext.single}-${date:now:yyyyMMddHHmmssSSS}.xml")
                .onException(Exception.class)
                    .handled(false)
                    .process(FailedFiles::writeReason)
                .end()
                .setHeader(CHANNEL, constant("{{" + CHANNEL + "}}"))
                .setHeader(KIND, constant("{{" + KIND + "}}"))
                .process(this::journalFile);
    }

    /**
     * The template's parameters for a channel of one of the folder kinds: polled every
     * {@code pollSeconds}, or at the times of {@code schedule} when it is not null.
     */
    static Map<String, Object> parameters(String channel, ChannelKind kind, Path folder, int pollSeconds,
                                          String schedule) {
        return Map.of(CHANNEL, channel, KIND, kind.name(),
                FOLDER, folder.toAbsolutePath().toString().replace('\\', '/'),
                POLLING, schedule == null ? "initialDelay=500&delay=" + Math.max(1, pollSeconds) * 1000L
                        : scheduled(channel, schedule),
                FILES, kind == ChannelKind.BANK_STATEMENTS ? "(?i).*\\.txt" : "(?i).*\\.xml");
    }

    /** RAW keeps the cron's {@code #} and {@code ?} out of URI parsing. */
    private static String scheduled(String channel, String schedule) {
        return "scheduler=" + CronScheduler.COMPONENT
                + "&scheduler.cron=RAW(" + schedule.strip().replaceAll("\\s+", " ") + ")"
                + "&scheduler.triggerGroup=" + TRIGGER_GROUP + "&scheduler.triggerId=" + channel;
    }

    /**
     * "Run now" for a scheduled channel: fires its route's poll at once, on the scheduler's threads.
     * Quartz never runs a route's poll job twice at the same time, so a scheduled fire that comes
     * meanwhile waits for it instead of reading the same files.
     */
    static void pollNow(CamelContext camel, String channel) throws SchedulerException {
        Scheduler scheduler = camel.getComponent(CronScheduler.COMPONENT, QuartzComponent.class).getScheduler();
        Trigger trigger = scheduler.getTrigger(new TriggerKey(channel, TRIGGER_GROUP));
        if (trigger == null) {
            throw new IllegalStateException("Channel " + channel + " has no scheduled route");
        }
        scheduler.triggerJob(trigger.getJobKey());
    }

    void journalFile(Exchange exchange) throws IOException {
        Path file = exchange.getIn().getBody(File.class).toPath();
        String channel = exchange.getIn().getHeader(CHANNEL, String.class);
        ChannelKind kind = ChannelKind.valueOf(exchange.getIn().getHeader(KIND, String.class));
        String name = file.getFileName().toString();
        String messageKind = kind == ChannelKind.BANK_STATEMENTS ? MessageKinds.BANK_STATEMENT : catalogueKind(file);
        long id = journal.receive(new IncomingMessage(channel, MessageDirection.IN, messageKind, name, null, file));
        LOG.info(() -> channel + ": " + name + " journaled as message " + id);
    }

    private static String catalogueKind(Path file) throws IOException {
        CatalogueFiles.kindOf(file).filter(k -> k != CatalogueFiles.Kind.ORDERS)
                .orElseThrow(() -> new IllegalArgumentException(file.getFileName() + " is not a CommerceML catalogue file "
                        + "(import, offers, prices or rests); a folder channel takes only those"));
        return MessageKinds.ONE_C_CATALOG;
    }

}
