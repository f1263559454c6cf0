package ru.erp.crm.security.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a few minutes, which login/password pairs already passed PBKDF2, so that an API
 * client sending HTTP Basic on every call does not pay 600,000 hash rounds per request. Only a
 * SHA-256 of the pair is kept; blocking a user or changing a password forgets the user at once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class VerifiedCredentials {

    private static final Duration TTL = Duration.ofMinutes(5);

    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    public boolean isVerified(String login, char[] password, Instant now) {
        Entry entry = verified.get(login);
        return entry != null && entry.expires.isAfter(now) && MessageDigest.isEqual(entry.digest, digest(login, password));
    }

    public void remember(String login, char[] password, Instant now) {
        verified.put(login, new Entry(digest(login, password), now.plus(TTL)));
    }

    public void forget(String login) {
        verified.remove(login);
    }

    private static byte[] digest(String login, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(login.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record Entry(byte[] digest, Instant expires) {
        @Override
        public String toString() {
            return "verified until " + expires + " (" + HexFormat.of().formatHex(digest, 0, 4) + "…)";
        }
    }
}
