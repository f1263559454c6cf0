package ru.erp.crm.finance.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.erp.crm.finance.entity.Payable;

/**
 * Decides which of a payer's open invoices an incoming payment pays. Pure: it reads the payment's
 * purpose and amount and the candidates, and returns a decision; the caller books it. The
 * candidates are anything {@link Payable}, so a statement batch can decide on plain values and
 * load as entities only the invoices a decision pays.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li><b>Invoice number in the purpose.</b> Numbers are read only right after an invoice word
 *       («счет», «счёт», «счету», «сч.», «счет-фактура», «с/ф», «invoice»), optionally followed by
 *       «на оплату», «№», «N», «No», «#» or «:»; a list («по счетам № 12, 13 и 14») gives several. A
 *       bare «№ 5» is not taken: it is as often a contract's number. Tokens longer than
 *       {@value #MAX_NUMBER_LENGTH} characters are not invoice numbers (a 20-digit account «на счет
 *       40702…» is not). A cited number names an invoice when, upper-cased and without blanks, it
 *       equals the invoice's number; failing that, when their trailing digits without leading zeros
 *       are equal and each is a letter prefix plus digits («сч. 123» for «БП-000123» or «00000123»).
 *       A cited number naming two invoices is ambiguous and the payment is left UNMATCHED. The
 *       named invoices are paid in the order cited, each up to its open amount; what is left over
 *       (an overpayment) stays unallocated. If numbers are cited but none names an open invoice of
 *       the payer (say, an invoice paid already), the payment is left UNMATCHED rather than guessed
 *       onto another invoice: a double payment is for FINANCE to see.</li>
 *   <li><b>Exact amount.</b> No number cited: if exactly one open invoice of the payer has exactly
 *       the payment's amount open, it is paid in full.</li>
 *   <li>Otherwise UNMATCHED, with the reason, for FINANCE to match by hand.</li>
 * </ol>
 */
public final class PaymentMatcher {

    static final int MAX_NUMBER_LENGTH = 15;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern INVOICE_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}/])(?:сч[её]т[\\p{L}]*(?:\\s*-\\s*фактур\\p{L}*)?|сч\\.?(?:\\s*-?\\s*ф\\.?)?|с/ф|invoice\\p{L}*|inv\\.)",
            FLAGS);
    private static final Pattern FILLER = Pattern.compile(
            "(?:\\s*(?:на\\s+оплату|на\\s+опл\\.?|№|N(?![\\p{L}\\p{N}])|No\\.?|#|:|\\.))*\\s*", FLAGS);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}/_.-]*");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|\\s+и\\s+|\\s+and\\s+)\\s*(?:№\\s*)?", FLAGS);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[/_.-]+$");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern PREFIXED_DIGITS = Pattern.compile("[^\\p{N}]*?0*(\\p{N}+)");

    private PaymentMatcher() {
    }

    /** What to book: an invoice and how much of the payment goes to it. */
    public record Allocation<T extends Payable>(T invoice, BigDecimal amount) {
    }

    /** Why a payment was left for FINANCE. */
    public enum Unmatched {
        NO_OPEN_INVOICES, CITED_INVOICE_NOT_OPEN, AMBIGUOUS_NUMBER, NO_INVOICE_WITH_AMOUNT, SEVERAL_INVOICES_WITH_AMOUNT
    }

    /** The outcome: allocations by a rule, or none and the reason. */
    public record Decision<T extends Payable>(List<Allocation<T>> allocations, Unmatched unmatched) {

        public Decision {
            allocations = List.copyOf(allocations);
        }

        static <T extends Payable> Decision<T> by(List<Allocation<T>> allocations) {
            return new Decision<>(allocations, null);
        }

        static <T extends Payable> Decision<T> none(Unmatched reason) {
            return new Decision<>(List.of(), reason);
        }

        public boolean matched() {
            return !allocations.isEmpty();
        }
    }

    /**
     * @param purpose    the payment's purpose (назначение платежа), may be null
     * @param amount     the payment's amount, positive
     * @param candidates the open invoices of the payer (same INN)
     */
    public static <T extends Payable> Decision<T> decide(String purpose, BigDecimal amount, List<T> candidates) {
        List<T> open = candidates.stream().filter(Payable::isOpen).toList();
        if (open.isEmpty()) {
            return Decision.none(Unmatched.NO_OPEN_INVOICES);
        }
        List<String> cited = citedNumbers(purpose);
        if (!cited.isEmpty()) {
            return byNumber(cited, amount, open);
        }
        List<T> exact = open.stream().filter(invoice -> invoice.openAmount().compareTo(amount) == 0).toList();
        return switch (exact.size()) {
            case 0 -> Decision.none(Unmatched.NO_INVOICE_WITH_AMOUNT);
            case 1 -> Decision.by(List.of(new Allocation<>(exact.get(0), exact.get(0).openAmount())));
            default -> Decision.none(Unmatched.SEVERAL_INVOICES_WITH_AMOUNT);
        };
    }

    private static <T extends Payable> Decision<T> byNumber(List<String> cited, BigDecimal amount, List<T> open) {
        Set<T> named = new LinkedHashSet<>();
        for (String number : cited) {
            List<T> same = open.stream().filter(invoice -> normalise(invoice.number()).equals(number)).toList();
            if (same.isEmpty()) {
                String digits = significantDigits(number);
                same = digits == null ? List.of() : open.stream()
                        .filter(invoice -> digits.equals(significantDigits(normalise(invoice.number())))).toList();
            }
            if (same.size() > 1) {
                return Decision.none(Unmatched.AMBIGUOUS_NUMBER);
            }
            named.addAll(same);
        }
        if (named.isEmpty()) {
            return Decision.none(Unmatched.CITED_INVOICE_NOT_OPEN);
        }
        List<Allocation<T>> allocations = new ArrayList<>();
        BigDecimal left = amount;
        for (T invoice : named) {
            BigDecimal share = left.min(invoice.openAmount());
            if (share.signum() > 0) {
                allocations.add(new Allocation<>(invoice, share));
                left = left.subtract(share);
            }
        }
        return Decision.by(allocations);
    }

    /** The invoice numbers a purpose cites, normalised, in the order cited, without repeats. */
    static List<String> citedNumbers(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            return List.of();
        }
        Set<String> numbers = new LinkedHashSet<>();
        Matcher word = INVOICE_WORD.matcher(purpose);
        int from = 0;
        while (from < purpose.length() && word.find(from)) {
            int at = skip(FILLER, purpose, word.end());
            Matcher token = TOKEN.matcher(purpose).region(at, purpose.length());
            from = word.end();
            while (token.lookingAt()) {
                String number = normalise(TRAILING_PUNCTUATION.matcher(token.group()).replaceAll(""));
                if (!isNumber(number)) {
                    break;
                }
                numbers.add(number);
                from = token.end();
                Matcher separator = SEPARATOR.matcher(purpose).region(from, purpose.length());
                if (!separator.lookingAt()) {
                    break;
                }
                token.region(separator.end(), purpose.length());
            }
        }
        return List.copyOf(numbers);
    }

    /** Upper-cased, without blanks, Ё as Е: how numbers are compared. */
    static String normalise(String number) {
        return BLANKS.matcher(number).replaceAll("").toUpperCase(Locale.ROOT).replace('Ё', 'Е');
    }

    private static boolean isNumber(String token) {
        return token.length() <= MAX_NUMBER_LENGTH && token.chars().anyMatch(Character::isDigit);
    }

    /** The digits after a non-digit prefix, leading zeros dropped; null when the shape is different. */
    private static String significantDigits(String number) {
        Matcher digits = PREFIXED_DIGITS.matcher(number);
        return digits.matches() ? digits.group(1) : null;
    }

    private static int skip(Pattern pattern, String text, int at) {
        Matcher matcher = pattern.matcher(text).region(at, text.length());
        return matcher.lookingAt() ? matcher.end() : at;
    }
}
