package ru.erp.crm.exchange.control;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.quartz.CronExpression;
import ru.erp.crm.exchange.boundary.ChannelDraft;
import ru.erp.crm.exchange.entity.CatalogueMode;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.exchange.entity.ExchangeChannel;
import ru.erp.crm.exchange.entity.MappingDetails;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;

/**
 * Checks a {@link ChannelDraft} field by field, including what its kind cannot work without,
 * and reports every problem at once, each naming the field as the client sent it.
 */
public final class ChannelValidator {

    public static final int MIN_POLL_SECONDS = 1;
    public static final int MAX_POLL_SECONDS = 86_400;
    /** Below a kilobyte 1C would split every file into countless parts; a typo rather than a wish. */
    public static final long MIN_FILE_LIMIT_BYTES = 1024;
    public static final long MAX_FILE_LIMIT_BYTES = 2L * 1024 * 1024 * 1024;
    public static final int MIN_PASSWORD = 8;

    private static final int MAX_NAME = 200;
    private static final int MAX_SCHEDULE = 100;
    private static final int MAX_FOLDER = 1000;
    private static final int MAX_QUEUE = 200;
    private static final int MAX_MAPPED_ID = 100;
    /** 1C sends the login in HTTP Basic, where a colon would end it. */
    private static final Pattern LOGIN = Pattern.compile("[^\\s:]{2,100}");

    private ChannelValidator() {
    }

    /** {@code existing} is the stored channel when the draft replaces one, null when it creates one. */
    public static void requireValid(ChannelDraft draft, ExchangeChannel existing) {
        List<Violation> violations = violationsOf(draft, existing);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    public static List<Violation> violationsOf(ChannelDraft draft, ExchangeChannel existing) {
        List<Violation> violations = new ArrayList<>();
        code(draft.code(), existing, violations);
        text("name", draft.name(), MAX_NAME, true, violations);
        Optional<ChannelKind> kind = kind(draft.kind(), violations);
        if (draft.pollIntervalSeconds() != null
                && (draft.pollIntervalSeconds() < MIN_POLL_SECONDS || draft.pollIntervalSeconds() > MAX_POLL_SECONDS)) {
            violations.add(new Violation("pollIntervalSeconds", "crm.validation.channel.pollInterval",
                    MIN_POLL_SECONDS, MAX_POLL_SECONDS));
        }
        schedule(draft.schedule(), violations);
        if (encoding(draft.encoding()).isEmpty()) {
            violations.add(new Violation("encoding", "crm.validation.channel.encoding"));
        }
        boolean loginSet = !isBlank(draft.login());
        if (loginSet && !LOGIN.matcher(draft.login().strip()).matches()) {
            violations.add(new Violation("login", "crm.validation.channel.login"));
        }
        if (draft.hasPassword() && draft.password().length < MIN_PASSWORD) {
            violations.add(new Violation("password", "crm.validation.channel.password", MIN_PASSWORD));
        }
        text("folder", draft.folder(), MAX_FOLDER, false, violations);
        text("queueName", draft.queueName(), MAX_QUEUE, false, violations);
        if (catalogueMode(draft.catalogueMode()).isEmpty()) {
            violations.add(new Violation("catalogueMode", "crm.validation.channel.catalogueMode"));
        }
        if (draft.fileLimitBytes() != null
                && (draft.fileLimitBytes() < MIN_FILE_LIMIT_BYTES || draft.fileLimitBytes() > MAX_FILE_LIMIT_BYTES)) {
            violations.add(new Violation("fileLimitBytes", "crm.validation.channel.fileLimit",
                    MIN_FILE_LIMIT_BYTES, MAX_FILE_LIMIT_BYTES));
        }
        mappings(draft.mappings(), violations);
        // The password the channel will have: a new one, or the stored one while a login remains.
        boolean passwordSet = draft.hasPassword() || (loginSet && existing != null && existing.passwordSet());
        kind.ifPresent(k -> violations.addAll(
                ExchangeChannel.missingSettings(k, draft.login(), passwordSet, draft.folder(), draft.queueName())));
        return violations;
    }

    /** The encoding a client named (any alias Java knows, e.g. cp1251), UTF-8 when none; empty when 1C does not use it. */
    public static Optional<Charset> encoding(String name) {
        if (isBlank(name)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(name.strip())).filter(ExchangeChannel.ENCODINGS::contains);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** The catalogue mode a client named, {@link CatalogueMode#FILE_DECIDES} when none. */
    public static Optional<CatalogueMode> catalogueMode(String name) {
        return isBlank(name) ? Optional.of(CatalogueMode.FILE_DECIDES) : CatalogueMode.of(name);
    }

    private static void code(String code, ExchangeChannel existing, List<Violation> violations) {
        if (existing != null) {
            if (!isBlank(code) && !code.strip().equals(existing.code())) {
                violations.add(new Violation("code", "crm.validation.channel.codeFixed", existing.code()));
            }
        } else if (isBlank(code)) {
            violations.add(new Violation("code", "crm.validation.required"));
        } else if (!ExchangeChannel.CODE.matcher(code.strip()).matches()) {
            violations.add(new Violation("code", "crm.validation.channel.code"));
        }
    }

    private static Optional<ChannelKind> kind(String value, List<Violation> violations) {
        if (isBlank(value)) {
            violations.add(new Violation("kind", "crm.validation.required"));
            return Optional.empty();
        }
        Optional<ChannelKind> kind = ChannelKind.of(value);
        if (kind.isEmpty()) {
            violations.add(new Violation("kind", "crm.validation.channel.kind", Arrays.toString(ChannelKind.values())));
        }
        return kind;
    }

    /**
     * A schedule is a Quartz cron expression (see {@link ExchangeChannel#schedule}), checked by the
     * parser the route's scheduler uses, so one the route would refuse never reaches the database.
     * An expression with no time left to fire (a past year) is refused too: its route would not start.
     */
    private static void schedule(String schedule, List<Violation> violations) {
        if (isBlank(schedule)) {
            return;
        }
        String cron = schedule.strip();
        if (cron.length() > MAX_SCHEDULE || !CronExpression.isValidExpression(cron)) {
            violations.add(new Violation("schedule", "crm.validation.channel.schedule"));
        } else if (nextFireTime(cron).isEmpty()) {
            violations.add(new Violation("schedule", "crm.validation.channel.scheduleNeverFires"));
        }
    }

    private static Optional<Date> nextFireTime(String validCron) {
        try {
            return Optional.ofNullable(new CronExpression(validCron).getNextValidTimeAfter(new Date()));
        } catch (ParseException e) {
            throw new IllegalStateException("Checked as valid: " + validCron, e);
        }
    }

    private static void mappings(List<MappingDetails> mappings, List<Violation> violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < mappings.size(); i++) {
            MappingDetails mapping = mappings.get(i);
            String prefix = "mappings[" + i + "].";
            if (mapping == null) {
                violations.add(new Violation("mappings[" + i + "]", "crm.validation.required"));
                continue;
            }
            if (mapping.kind() == null) {
                violations.add(new Violation(prefix + "kind", "crm.validation.required"));
            }
            text(prefix + "externalId", mapping.externalId(), MAX_MAPPED_ID, true, violations);
            text(prefix + "localCode", mapping.localCode(), MAX_MAPPED_ID, true, violations);
            if (mapping.kind() != null && !isBlank(mapping.externalId())
                    && !seen.add(mapping.kind() + "\n" + mapping.externalId().strip())) {
                violations.add(new Violation(prefix + "externalId", "crm.validation.channel.mapping.duplicate",
                        mapping.externalId().strip()));
            }
        }
    }

    private static void text(String field, String value, int max, boolean required, List<Violation> violations) {
        if (isBlank(value)) {
            if (required) {
                violations.add(new Violation(field, "crm.validation.required"));
            }
        } else if (value.strip().length() > max) {
            violations.add(new Violation(field, "crm.validation.tooLong", max));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
