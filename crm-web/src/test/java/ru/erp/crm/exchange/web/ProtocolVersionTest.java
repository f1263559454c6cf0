package ru.erp.crm.exchange.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProtocolVersionTest {

    @Test
    void versionsThisCrmReadsAreAcceptedAsOffered() {
        assertEquals(Optional.of("2.07"), ProtocolVersion.answerTo("2.07"));
        assertEquals(Optional.of("2.10"), ProtocolVersion.answerTo("2.10"));
        assertEquals(Optional.of("3.1"), ProtocolVersion.answerTo("3.1"));
    }

    @Test
    void otherVersionsAreAnsweredWithTheNearestOneItReads() {
        assertEquals(Optional.of("3.1"), ProtocolVersion.answerTo("3.2"));
        assertEquals(Optional.of("2.10"), ProtocolVersion.answerTo("2.02"));
    }

    @Test
    void noOfferNoVersionLine() {
        assertEquals(Optional.empty(), ProtocolVersion.answerTo(null));
        assertEquals(Optional.empty(), ProtocolVersion.answerTo(" "));
    }
}
