package ru.erp.crm.finance.entity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An incoming payment as the bank reported it: the document and who paid from which account.
 *
 * @param payeeAccount our account the money came to
 */
public record PaymentDocument(String kind, String number, LocalDate date, BigDecimal amount,
                              String payerInn, String payerKpp, String payerName, String payerAccount,
                              String payerBik, String payeeAccount, String purpose) {

    public PaymentDocument {
        Objects.requireNonNull(date, "date");
        amount = Money.positive(amount, "amount");
        kind = trimmed(kind);
        number = trimmed(number);
        payerInn = trimmed(payerInn);
        payerKpp = trimmed(payerKpp);
        payerName = trimmed(payerName);
        payerAccount = trimmed(payerAccount);
        payerBik = trimmed(payerBik);
        payeeAccount = trimmed(payeeAccount);
        purpose = trimmed(purpose);
    }

    /**
     * The idempotency key: SHA-256 (hex) over kind, number, date, amount (two decimals), payer's and
     * payee's account. These identify a bank document; a statement sent again, or a period that
     * overlaps an earlier statement, yields the same keys. The purpose and names are left out on
     * purpose: banks re-wrap and re-encode them between statements. Case and surrounding blanks do
     * not count.
     */
    public String key() {
        String canonical = Stream.of(kind, number, date.toString(), amount.toPlainString(), payerAccount, payeeAccount)
                .map(part -> part == null ? "" : part.toUpperCase(Locale.ROOT))
                .collect(Collectors.joining("\u001f"));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
