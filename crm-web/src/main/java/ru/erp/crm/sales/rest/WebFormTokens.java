package ru.erp.crm.sales.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed timestamps for the web form: the site fetches one when it shows the form and sends it
 * back with the enquiry. A form sent sooner than a person can fill it in ({@link #MIN_FILL_TIME})
 * is a bot's; an old or forged token is refused. The key is made at start-up and never leaves the
 * node: a restart (or another node) only costs a visitor a reload.
 */
@ApplicationScoped
public class WebFormTokens {

    static final Duration MIN_FILL_TIME = Duration.ofSeconds(3);
    static final Duration MAX_AGE = Duration.ofHours(2);
    private static final String HMAC = "HmacSHA256";

    /** What a returned token says about the submission. */
    public enum Verdict {
        FILLED_IN,
        TOO_FAST,
        INVALID
    }

    private final byte[] key = new byte[32];
    Clock clock = Clock.systemUTC();

    public WebFormTokens() {
        new SecureRandom().nextBytes(key);
    }

    public String issue() {
        String issuedAt = String.valueOf(clock.instant().getEpochSecond());
        return issuedAt + "." + sign(issuedAt);
    }

    public Verdict check(String token) {
        if (token == null) {
            return Verdict.INVALID;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || !MessageDigest.isEqual(sign(token.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        Instant issuedAt;
        try {
            issuedAt = Instant.ofEpochSecond(Long.parseLong(token.substring(0, dot)));
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        Duration age = Duration.between(issuedAt, clock.instant());
        if (age.compareTo(MAX_AGE) > 0 || age.isNegative()) {
            return Verdict.INVALID;
        }
        return age.compareTo(MIN_FILL_TIME) < 0 ? Verdict.TOO_FAST : Verdict.FILLED_IN;
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
