package ru.erp.crm.sales.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.sales.rest.WebFormGate.Verdict;

class WebFormGateTest {

    private static final Instant SHOWN = Instant.parse("2026-11-23T09:00:00Z");

    private final WebFormGate gate = new WebFormGate();
    private String token;

    @BeforeEach
    void wire() {
        gate.tokens = new WebFormTokens();
        gate.throttle = new SubmissionThrottle();
        at(SHOWN);
        token = gate.token();
        at(SHOWN.plusSeconds(30));
    }

    @Test
    void aFormFilledInByAPersonIsReceived() {
        assertEquals(Verdict.RECEIVE, gate.admit(post(null, token), "a"));
    }

    @Test
    void aBotFillingTheHoneypotIsDroppedSilently() {
        Verdict verdict = gate.admit(post("http://spam", token), "a");

        assertFalse(verdict.receive());
        assertFalse(verdict.throttled());
    }

    @Test
    void aMissingOrTooFreshTokenIsRefusedNamingIt() {
        assertEquals("crm.validation.lead.token", refusal(post(null, null)));
        at(SHOWN.plusSeconds(1));
        assertEquals("crm.validation.lead.tooFast", refusal(post(null, token)));
    }

    @Test
    void theSixthPostInAMinuteWaitsEvenWhenTheEarlierOnesWereRefused() {
        for (int i = 0; i < SubmissionThrottle.PER_MINUTE; i++) {
            assertThrows(InvalidRequestException.class, () -> gate.admit(post(null, "forged"), "a"));
        }

        Verdict verdict = gate.admit(post(null, token), "a");

        assertTrue(verdict.throttled());
        assertEquals(60, verdict.retryAfterSeconds());
        assertEquals(1, new Verdict(false, Duration.ofMillis(10)).retryAfterSeconds());
    }

    private String refusal(WebLeadRequest post) {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> gate.admit(post, "a"));
        assertEquals("token", refused.violations().get(0).field());
        return refused.violations().get(0).messageKey();
    }

    private static WebLeadRequest post(String website, String token) {
        return new WebLeadRequest(null, null, "Анна", "+79161234567", null, null, null, null, null, null, website, token);
    }

    private void at(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        gate.tokens.clock = clock;
        gate.throttle.clock = clock;
    }
}
