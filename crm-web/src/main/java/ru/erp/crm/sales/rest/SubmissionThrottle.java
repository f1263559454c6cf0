package ru.erp.crm.sales.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one sender may post the web form: {@value #PER_MINUTE} a minute and
 * {@value #PER_DAY} a day, every attempt counted (refused ones too, or a bot could probe for
 * free). Kept in memory per node: a flood is stopped where it arrives, and a restart forgiving
 * a sender is harmless.
 */
@ApplicationScoped
public class SubmissionThrottle {

    static final int PER_MINUTE = 5;
    static final int PER_DAY = 50;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration DAY = Duration.ofDays(1);
    /** Senders remembered before the quiet ones are forgotten. */
    private static final int SWEEP_AT = 10_000;

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    Clock clock = Clock.systemUTC();

    /** Empty when the sender may go on; else how long until they may. */
    public Optional<Duration> admit(String sender) {
        Instant now = clock.instant();
        if (attempts.size() > SWEEP_AT) {
            attempts.values().removeIf(times -> quietSince(times, now.minus(DAY)));
        }
        Deque<Instant> times = attempts.computeIfAbsent(sender, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(DAY))) {
                times.pollFirst();
            }
            if (times.size() >= PER_DAY) {
                return Optional.of(Duration.between(now, times.peekFirst().plus(DAY)));
            }
            Instant minuteAgo = now.minus(MINUTE);
            long lastMinute = times.stream().filter(time -> time.isAfter(minuteAgo)).count();
            if (lastMinute >= PER_MINUTE) {
                Instant oldest = times.stream().filter(time -> time.isAfter(minuteAgo)).findFirst().orElse(now);
                return Optional.of(Duration.between(now, oldest.plus(MINUTE)));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }

    private static boolean quietSince(Deque<Instant> times, Instant since) {
        synchronized (times) {
            return times.isEmpty() || !times.peekLast().isAfter(since);
        }
    }
}
