package ru.erp.crm.sales.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubmissionThrottleTest {

    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    private final SubmissionThrottle throttle = new SubmissionThrottle();

    @Test
    void fiveAMinuteThenWaitUntilTheOldestIsAMinuteOld() {
        for (int i = 0; i < SubmissionThrottle.PER_MINUTE; i++) {
            at(START.plusSeconds(i * 10L));
            assertTrue(throttle.admit("a").isEmpty());
        }

        at(START.plusSeconds(45));
        assertEquals(Optional.of(Duration.ofSeconds(15)), throttle.admit("a"));
        assertTrue(throttle.admit("b").isEmpty(), "another sender is not held up");
        at(START.plusSeconds(61));
        assertTrue(throttle.admit("a").isEmpty());
    }

    @Test
    void fiftyADayThenWaitUntilTheFirstIsADayOld() {
        for (int i = 0; i < SubmissionThrottle.PER_DAY; i++) {
            at(START.plus(Duration.ofMinutes(2L * i)));
            assertTrue(throttle.admit("a").isEmpty());
        }

        at(START.plus(Duration.ofHours(5)));
        assertEquals(Optional.of(Duration.ofHours(19)), throttle.admit("a"));
        at(START.plus(Duration.ofDays(1)).plusSeconds(1));
        assertTrue(throttle.admit("a").isEmpty());
    }

    private void at(Instant now) {
        throttle.clock = Clock.fixed(now, ZoneOffset.UTC);
    }
}
