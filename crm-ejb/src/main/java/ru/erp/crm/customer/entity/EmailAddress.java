package ru.erp.crm.customer.entity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Normalisation and plausibility check of e-mail addresses.
 *
 * <p>The stored form is trimmed and lower-cased so that the same mailbox typed in different case
 * is recognised as a duplicate and found by search. Mail providers treat the local part
 * case-insensitively in practice, although RFC 5321 would allow otherwise.
 *
 * <p>The check is deliberately simpler than RFC 5322: it accepts what real business mailboxes
 * look like and rejects typical input mistakes (two addresses in one field, a name with the
 * address, a missing domain). Internationalised addresses (RFC 6531) such as
 * {@code почта@пример.рф} are kept as entered, not converted to punycode, because that is how
 * users type and search them. Quoted local parts and IP-address domains are not accepted.
 */
public final class EmailAddress {

    private static final String FORMAT_KEY = "crm.validation.email.format";

    /** RFC 5321 limit of a forward path; longer addresses cannot be delivered. */
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LABEL_LENGTH = 63;
    /** RFC 5322 "atext" specials allowed in a local part besides letters, digits and dots. */
    private static final String LOCAL_PART_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

    private EmailAddress() {
    }

    /**
     * Normalises an e-mail address.
     *
     * @param raw address as entered, may be {@code null}
     * @return the trimmed, lower-cased address, or empty if it is not a plausible address
     */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String address = raw.strip().toLowerCase(Locale.ROOT);
        int at = address.indexOf('@');
        if (address.length() > MAX_LENGTH
                || at < 0 || at != address.lastIndexOf('@')
                || !isLocalPart(address.substring(0, at))
                || !isDomain(address.substring(at + 1))) {
            return Optional.empty();
        }
        return Optional.of(address);
    }

    /**
     * Checks that an e-mail address is plausible.
     *
     * @param field JSON property path to report, e.g. {@code "contacts[0].email"}
     * @param raw   address as entered; {@code null} or blank means "not filled in"
     * @return empty if blank or plausible, otherwise the violation for {@code field}
     */
    public static Optional<RequisiteViolation> check(String field, String raw) {
        Objects.requireNonNull(field, "field");
        if (raw == null || raw.isBlank() || normalize(raw).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new RequisiteViolation(field, FORMAT_KEY));
    }

    /** Dot-separated atoms of letters (any script), digits and the RFC 5322 specials. */
    private static boolean isLocalPart(String local) {
        return hasNoEmptyDotSeparatedPart(local)
                && local.codePoints().allMatch(c -> c == '.' || Character.isLetterOrDigit(c)
                        || LOCAL_PART_SPECIALS.indexOf(c) >= 0);
    }

    /**
     * At least two dot-separated labels of letters (any script), digits and inner hyphens, the
     * last one not purely numeric: top-level domains never are, which also rules out IP addresses.
     */
    private static boolean isDomain(String domain) {
        if (!hasNoEmptyDotSeparatedPart(domain) || domain.indexOf('.') < 0) {
            return false;
        }
        String[] labels = domain.split("\\.");
        for (String label : labels) {
            if (label.length() > MAX_LABEL_LENGTH || label.startsWith("-") || label.endsWith("-")
                    || !label.codePoints().allMatch(c -> c == '-' || Character.isLetterOrDigit(c))) {
                return false;
            }
        }
        return !Digits.allDigits(labels[labels.length - 1]);
    }

    private static boolean hasNoEmptyDotSeparatedPart(String value) {
        return !value.isEmpty() && !value.startsWith(".") && !value.endsWith(".")
                && !value.contains("..");
    }
}
