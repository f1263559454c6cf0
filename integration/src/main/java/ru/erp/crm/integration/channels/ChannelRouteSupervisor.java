package ru.erp.crm.integration.channels;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.quartz.SchedulerException;
import ru.erp.crm.exchange.boundary.ChannelView;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.entity.ChannelKind;

/**
 * Keeps the running channel routes in step with the channel rows, so an administrator's change
 * takes effect without a restart: every few seconds it reads the enabled folder channels
 * (FOLDER_DROP, BANK_STATEMENTS) and
 * adds a route from the {@link FolderDropRoutes#TEMPLATE} for a new one, replaces the route of one
 * whose row changed (its version moved: new folder, new interval or schedule, or "run now"), and
 * stops and removes the route of one that was disabled or deleted.
 *
 * <p>"Run now" is served by the replacement: a route on an interval polls as it starts, and for a
 * route on a schedule, which polls only at the schedule's times, the supervisor fires one poll
 * when the channel's run request is newer than the last one it served — or, for a channel it has
 * not run yet, newer than its own start, so a restart does not repeat old requests. A channel
 * whose route cannot be made (a folder that cannot be created, a schedule stored before schedules
 * were checked) is logged and left alone until its row changes; the other channels still run.
 */
@Dependent
public class ChannelRouteSupervisor extends RouteBuilder {

    public static final String ROUTE_ID = "channel-supervisor";
    static final String ROUTE_PREFIX = "channel-";
    private static final List<ChannelKind> FOLDER_KINDS = List.of(ChannelKind.FOLDER_DROP, ChannelKind.BANK_STATEMENTS);
    private static final Logger LOG = Logger.getLogger(ChannelRouteSupervisor.class.getName());

    @EJB
    Channels channels;

    /** Channel code → the version its running route was made from; only the supervisor's thread touches it. */
    private final Map<String, Long> running = new HashMap<>();
    /** Channel code → the version whose route could not be made, so it is not tried every few seconds. */
    private final Map<String, Long> failed = new HashMap<>();
    /** Channel code → the last "run now" a route of the channel answered; kept across replacements. */
    private final Map<String, Instant> runsServed = new HashMap<>();
    private final Instant startedAt = Instant.now();

    @Override
    public void configure() {
        from("timer:channel-supervisor?delay=1000&period=2000")
                .routeId(ROUTE_ID)
                .process(exchange -> reconcile(exchange.getContext()));
    }

    void reconcile(CamelContext camel) throws Exception {
        Map<String, ChannelView> wanted = FOLDER_KINDS.stream()
                .flatMap(kind -> channels.enabledOfKind(kind).stream())
                .collect(Collectors.toMap(ChannelView::code, Function.identity()));
        for (String code : List.copyOf(running.keySet())) {
            ChannelView channel = wanted.get(code);
            if (channel == null || channel.version() != running.get(code)) {
                remove(camel, code);
            }
        }
        for (ChannelView channel : wanted.values()) {
            if (!running.containsKey(channel.code()) && !Objects.equals(failed.get(channel.code()), channel.version())) {
                add(camel, channel);
            }
        }
    }

    private void add(CamelContext camel, ChannelView channel) throws Exception {
        String routeId = ROUTE_PREFIX + channel.code();
        try {
            camel.addRouteFromTemplate(routeId, FolderDropRoutes.TEMPLATE,
                    FolderDropRoutes.parameters(channel.code(), channel.kind(), Path.of(channel.folder()),
                            channel.pollIntervalSeconds(), channel.schedule()));
        } catch (Exception e) {
            LOG.log(Level.SEVERE, e, () -> "Channel " + channel.code() + ": no route until the channel is changed");
            // Camel leaves a route that failed to start behind, stopped: removed, the corrected channel can take its id.
            if (camel.getRoute(routeId) != null) {
                camel.removeRoute(routeId);
            }
            failed.put(channel.code(), channel.version());
            return;
        }
        failed.remove(channel.code());
        running.put(channel.code(), channel.version());
        LOG.info(() -> "Channel " + channel.code() + ": route started on " + channel.folder()
                + (channel.schedule() == null ? "" : ", schedule " + channel.schedule()));
        serveRunRequest(camel, channel);
    }

    /** A route on an interval answers a run request by polling as it starts; one on a schedule is made to poll now. */
    private void serveRunRequest(CamelContext camel, ChannelView channel) throws SchedulerException {
        Instant requested = channel.runRequestedAt();
        if (requested == null || !requested.isAfter(runsServed.getOrDefault(channel.code(), startedAt))) {
            return;
        }
        if (channel.schedule() != null) {
            FolderDropRoutes.pollNow(camel, channel.code());
            LOG.info(() -> "Channel " + channel.code() + ": run requested, polling now");
        }
        runsServed.put(channel.code(), requested);
    }

    private void remove(CamelContext camel, String code) throws Exception {
        String routeId = ROUTE_PREFIX + code;
        camel.getRouteController().stopRoute(routeId);
        camel.removeRoute(routeId);
        running.remove(code);
        LOG.info(() -> "Channel " + code + ": route stopped");
    }
}
