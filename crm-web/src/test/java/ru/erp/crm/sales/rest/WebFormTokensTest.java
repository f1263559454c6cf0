package ru.erp.crm.sales.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import ru.erp.crm.sales.rest.WebFormTokens.Verdict;

class WebFormTokensTest {

    private static final Instant SHOWN = Instant.parse("2026-11-23T09:00:00Z");

    private final WebFormTokens tokens = new WebFormTokens();

    @Test
    void aFormFilledInByAPersonPassesOneSentAtOnceOrTooLateDoesNot() {
        at(SHOWN);
        String token = tokens.issue();

        at(SHOWN.plusSeconds(1));
        assertEquals(Verdict.TOO_FAST, tokens.check(token));
        at(SHOWN.plus(Duration.ofSeconds(40)));
        assertEquals(Verdict.FILLED_IN, tokens.check(token));
        at(SHOWN.plus(WebFormTokens.MAX_AGE).plusSeconds(1));
        assertEquals(Verdict.INVALID, tokens.check(token));
    }

    @Test
    void forgedTamperedOrForeignTokensAreInvalid() {
        at(SHOWN);
        String token = tokens.issue();
        at(SHOWN.plusSeconds(60));

        assertEquals(Verdict.INVALID, tokens.check(null));
        assertEquals(Verdict.INVALID, tokens.check("garbage"));
        assertEquals(Verdict.INVALID, tokens.check((SHOWN.getEpochSecond() - 50) + token.substring(token.indexOf('.'))));
        WebFormTokens otherNode = new WebFormTokens();
        otherNode.clock = tokens.clock;
        assertEquals(Verdict.INVALID, otherNode.check(token));
    }

    private void at(Instant now) {
        tokens.clock = Clock.fixed(now, ZoneOffset.UTC);
    }
}
