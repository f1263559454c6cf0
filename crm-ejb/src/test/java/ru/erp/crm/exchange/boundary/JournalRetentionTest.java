package ru.erp.crm.exchange.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JournalRetentionTest {

    @Test
    void theSettingGivesDays() {
        assertEquals(Duration.ofDays(30), JournalRetention.retention(" 30 "));
    }

    @Test
    void withoutAUsableSettingMessagesAreKeptNinetyDays() {
        for (String setting : new String[] {null, "", "ninety", "0", "-5", "1.5", "99999999999"}) {
            assertEquals(Duration.ofDays(90), JournalRetention.retention(setting), "setting " + setting);
        }
    }
}
