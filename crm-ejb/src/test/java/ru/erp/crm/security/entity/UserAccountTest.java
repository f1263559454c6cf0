package ru.erp.crm.security.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void fiveFailedLoginsInARowLockTheAccountForFifteenMinutes() {
        UserAccount user = new UserAccount("manager", "Manager", "hash", Set.of(Role.SALES_MANAGER), NOW);
        for (int attempt = 1; attempt < UserAccount.MAX_FAILED_LOGINS; attempt++) {
            assertFalse(user.recordFailedLogin(NOW));
            assertFalse(user.isLocked(NOW));
        }
        assertTrue(user.recordFailedLogin(NOW));
        assertTrue(user.isLocked(NOW.plusSeconds(14 * 60)));
        assertFalse(user.isLocked(NOW.plus(UserAccount.LOCKOUT).plusSeconds(1)));
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        UserAccount user = new UserAccount("manager", "Manager", "hash", Set.of(Role.SALES_MANAGER), NOW);
        for (int attempt = 1; attempt < UserAccount.MAX_FAILED_LOGINS; attempt++) {
            user.recordFailedLogin(NOW);
        }
        user.recordSuccessfulLogin();
        assertFalse(user.recordFailedLogin(NOW));
    }

    @Test
    void aBlockedUserStaysLockedUntilUnblocked() {
        UserAccount user = new UserAccount("manager", "Manager", "hash", Set.of(Role.SALES_MANAGER), NOW);
        user.block();
        assertTrue(user.isLocked(NOW.plusSeconds(86_400 * 365)));
        user.unblock();
        assertFalse(user.isLocked(NOW));
    }
}
