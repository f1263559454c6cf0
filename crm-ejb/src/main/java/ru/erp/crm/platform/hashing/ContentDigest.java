package ru.erp.crm.platform.hashing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The content hash of an element an exchange applies: SHA-256 (hex) over a canonical text of its
 * fields, so that a re-sent element is recognised and skipped. Stored hashes must stay valid
 * across releases, so the canonical text never changes:
 *
 * <ul>
 * <li>it starts with the kind of element, so two kinds with the same fields still differ;</li>
 * <li>each field is its length, {@code :}, its characters and {@code |} (so no field can run into
 * the next), {@code -|} for null;</li>
 * <li>numbers are written by value ({@code 100} and {@code 100.00} are the same price), other
 * values (dates, enums, boxed booleans) as their {@code toString};</li>
 * <li>a list is {@code [size]} followed by its items, a null list is null.</li>
 * </ul>
 */
public final class ContentDigest {

    private final StringBuilder text = new StringBuilder(256);

    private ContentDigest() {
    }

    /** A digest whose text starts with the kind of element. */
    public static ContentDigest of(String kind) {
        return new ContentDigest().add(kind);
    }

    public ContentDigest add(String value) {
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('|');
        return this;
    }

    public ContentDigest add(BigDecimal value) {
        return add(value == null ? null : value.stripTrailingZeros().toPlainString());
    }

    public ContentDigest add(boolean value) {
        return add(value ? "true" : "false");
    }

    /** Dates, times, enums, boxed numbers and booleans: by their text; null stays null. */
    public ContentDigest add(Object value) {
        return add(value == null ? null : value.toString());
    }

    public <T> ContentDigest addAll(List<T> values, BiConsumer<ContentDigest, T> item) {
        if (values == null) {
            return add((String) null);
        }
        text.append('[').append(values.size()).append(']');
        values.forEach(value -> item.accept(this, value));
        return this;
    }

    /** SHA-256 of the text so far, 64 lower-case hex digits. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
