package ru.erp.crm.integration.camel;

import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.component.quartz.QuartzComponent;

/**
 * The Quartz scheduler that runs the channel schedules (a file consumer with
 * {@code scheduler=quartz}). Configured here rather than by Quartz's defaults, which would read
 * whatever {@code quartz.properties} the server's class path offers and start ten threads: the
 * triggers live in memory (RAMJobStore, no tables — the channel rows are the persistent schedule
 * and the routes are made again from them at every start), two threads take the fires so that a
 * long poll of one channel does not hold up the others, and no MBean is left behind by an
 * undeployment. The component shuts the scheduler down when the CamelContext stops, after the
 * routes, waiting for a poll in progress.
 */
public final class CronScheduler {

    /** The component name {@code scheduler=quartz} looks up. */
    public static final String COMPONENT = "quartz";
    static final int THREADS = 2;

    private CronScheduler() {
    }

    /** Registers the configured scheduler; call before the routes are added and the context starts. */
    public static void install(CamelContext camel) {
        QuartzComponent quartz = new QuartzComponent();
        quartz.setEnableJmx(false);
        quartz.setProperties(Map.of(
                "org.quartz.scheduler.instanceName", "crm-channels",
                "org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore",
                "org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool",
                "org.quartz.threadPool.threadCount", String.valueOf(THREADS),
                // Routes look their classes up through the context class loader: the application's, not the server's.
                "org.quartz.threadPool.threadsInheritContextClassLoaderOfInitializingThread", "true",
                "org.quartz.scheduler.threadsInheritContextClassLoaderOfInitializingThread", "true"));
        camel.addComponent(COMPONENT, quartz);
    }
}
