package ru.erp.crm.exchange.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.quartz.CronExpression;
import ru.erp.crm.platform.database.NumericBoolean;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.security.control.PasswordHasher;

/**
 * An exchange an ERP administrator configured: what it talks to (its {@link ChannelKind}), where
 * (folder, queue, or a 1C site login), how often, and how its files are read.
 *
 * <p>A channel is always complete for its kind — a 1C site has a login and a password, a folder
 * channel a folder, a queue channel a queue — because routes are started from enabled rows and a
 * half-configured one would only fail at run time. It starts disabled, so nothing runs before the
 * administrator has checked it. The password is kept only as a PBKDF2 hash and never leaves the
 * entity: {@link #checkPassword} answers whether a given one matches.
 */
@Entity
@Table(name = "exchange_channel")
@NamedQuery(name = ExchangeChannel.BY_CODE, query = "select c from ExchangeChannel c where c.code = :code")
@NamedQuery(name = ExchangeChannel.BY_LOGIN, query = "select c from ExchangeChannel c where c.login = :login")
@NamedQuery(name = ExchangeChannel.ENABLED_OF_KIND,
        query = "select c from ExchangeChannel c where c.kind = :kind and c.enabled = :enabled order by c.code")
public class ExchangeChannel {

    public static final String BY_CODE = "ExchangeChannel.byCode";
    public static final String BY_LOGIN = "ExchangeChannel.byLogin";
    public static final String ENABLED_OF_KIND = "ExchangeChannel.enabledOfKind";

    /** Lower-case letters, digits and inner hyphens: the code names the channel in URLs, logs and the journal. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}[a-z0-9]");
    /** The encodings 1C writes exchange files in. */
    public static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, Charset.forName("windows-1251"));
    public static final int DEFAULT_POLL_INTERVAL_SECONDS = 60;
    public static final long DEFAULT_FILE_LIMIT_BYTES = 10L * 1024 * 1024;

    static final String REQUIRED_FOR_KIND = "crm.validation.channel.requiredForKind";
    static final String CREDENTIALS_PAIR = "crm.validation.channel.credentialsPair";

    @Id
    @SequenceGenerator(name = "exchange_channel_seq", sequenceName = "exchange_channel_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_channel_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChannelKind kind;

    /** Filtered on by {@link #ENABLED_OF_KIND}: see {@link NumericBoolean} for why it needs the converter. */
    @Column(nullable = false)
    @Convert(converter = NumericBoolean.class)
    private boolean enabled;

    @Column(name = "poll_interval_seconds", nullable = false)
    private int pollIntervalSeconds = DEFAULT_POLL_INTERVAL_SECONDS;

    private String schedule;

    @Column(nullable = false)
    private String encoding = StandardCharsets.UTF_8.name();

    private String login;

    @Column(name = "password_hash")
    private String passwordHash;

    private String folder;

    @Column(name = "queue_name")
    private String queueName;

    @Enumerated(EnumType.STRING)
    @Column(name = "catalogue_mode", nullable = false)
    private CatalogueMode catalogueMode = CatalogueMode.FILE_DECIDES;

    @Column(name = "file_limit_bytes", nullable = false)
    private long fileLimitBytes = DEFAULT_FILE_LIMIT_BYTES;

    @Column(name = "zip_allowed", nullable = false)
    private boolean zipAllowed;

    @Column(name = "run_requested_at")
    private Instant runRequestedAt;

    @OneToMany(mappedBy = "channel", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ChannelMapping> mappings = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ExchangeChannel() {
    }

    public ExchangeChannel(String code, String name, ChannelKind kind, Instant now) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a channel code: " + code);
        }
        this.code = code;
        this.kind = kind;
        this.createdAt = now;
        this.updatedAt = now;
        rename(name);
    }

    /**
     * What a channel of {@code kind} with these settings cannot work without, each as a violation
     * of the field to fill in. Outside the 1C site a login and a password are optional, but only
     * together: one without the other cannot log in anywhere.
     */
    public static List<Violation> missingSettings(ChannelKind kind, String login, boolean passwordSet, String folder,
                                                  String queueName) {
        List<Violation> missing = new ArrayList<>();
        boolean loginSet = !isBlank(login);
        if (kind.needsCredentials()) {
            if (!loginSet) {
                missing.add(new Violation("login", REQUIRED_FOR_KIND, kind.name()));
            }
            if (!passwordSet) {
                missing.add(new Violation("password", REQUIRED_FOR_KIND, kind.name()));
            }
        } else if (loginSet != passwordSet) {
            missing.add(new Violation(loginSet ? "password" : "login", CREDENTIALS_PAIR));
        }
        if (kind.needsFolder() && isBlank(folder)) {
            missing.add(new Violation("folder", REQUIRED_FOR_KIND, kind.name()));
        }
        if (kind.needsQueue() && isBlank(queueName)) {
            missing.add(new Violation("queueName", REQUIRED_FOR_KIND, kind.name()));
        }
        return missing;
    }

    public List<Violation> missingSettings() {
        return missingSettings(kind, login, passwordHash != null, folder, queueName);
    }

    /** Refuses (400, naming the fields) a channel that could not work as configured. */
    public void requireComplete() {
        List<Violation> missing = missingSettings();
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(missing);
        }
    }

    public void rename(String name) {
        this.name = name.strip();
    }

    public void changeKind(ChannelKind kind) {
        this.kind = kind;
    }

    /**
     * When the folder routes (FOLDER_DROP, BANK_STATEMENTS) look for files: every
     * {@code pollIntervalSeconds}, or, when {@code schedule} is set, at the times of that Quartz
     * cron expression instead — seconds first, six or seven fields, {@code ?} in day-of-month or
     * day-of-week, read in the server's time zone: {@code 0 0/15 8-20 ? * MON-FRI} is every quarter
     * of an hour from 8:00 to 20:45 on working days. Quartz because the routes' file consumer runs
     * it natively; a five-field Unix cron is not one. A blank schedule means none.
     */
    public void schedule(int pollIntervalSeconds, String schedule) {
        if (pollIntervalSeconds < 1) {
            throw new IllegalArgumentException("Poll interval must be positive: " + pollIntervalSeconds);
        }
        String cron = blankToNull(schedule);
        if (cron != null && !CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("Not a Quartz cron expression: " + cron);
        }
        this.pollIntervalSeconds = pollIntervalSeconds;
        this.schedule = cron;
    }

    public void readFiles(Charset encoding, long fileLimitBytes, boolean zipAllowed) {
        if (!ENCODINGS.contains(encoding)) {
            throw new IllegalArgumentException("1C exchange files are not written in " + encoding);
        }
        if (fileLimitBytes < 1) {
            throw new IllegalArgumentException("File limit must be positive: " + fileLimitBytes);
        }
        this.encoding = encoding.name();
        this.fileLimitBytes = fileLimitBytes;
        this.zipAllowed = zipAllowed;
    }

    public void treatCatalogues(CatalogueMode catalogueMode) {
        this.catalogueMode = catalogueMode;
    }

    /** Where the channel reads or writes: a folder for file kinds, a JMS queue for queue kinds. */
    public void changeLocation(String folder, String queueName) {
        this.folder = blankToNull(folder);
        this.queueName = blankToNull(queueName);
    }

    /**
     * Sets the login a 1C site logs in with. A blank {@code password} keeps the stored one, so an
     * administrator can change other settings without knowing it; a blank {@code login} removes
     * the credentials altogether, since a password alone identifies nobody.
     */
    public void changeCredentials(String login, char[] password) {
        if (isBlank(login)) {
            this.login = null;
            this.passwordHash = null;
            return;
        }
        this.login = login.strip();
        if (!isBlank(password)) {
            this.passwordHash = PasswordHasher.hash(password);
        }
    }

    public boolean checkPassword(char[] password) {
        return passwordHash != null && password != null && PasswordHasher.matches(password, passwordHash);
    }

    /**
     * Makes the mappings exactly {@code wanted}. Rows that stay are updated in place rather than
     * deleted and inserted again: the unique key (channel, kind, Ид) would otherwise clash when
     * the inserts reach the database before the deletes. A repeated Ид keeps its last code.
     */
    public void replaceMappings(List<MappingDetails> wanted) {
        mappings.removeIf(mapping -> wanted.stream()
                .noneMatch(w -> mapping.translates(w.kind(), w.externalId().strip())));
        for (MappingDetails w : wanted) {
            String externalId = w.externalId().strip();
            String localCode = w.localCode().strip();
            mappings.stream().filter(mapping -> mapping.translates(w.kind(), externalId)).findFirst()
                    .ifPresentOrElse(mapping -> mapping.mapTo(localCode),
                            () -> mappings.add(new ChannelMapping(this, w.kind(), externalId, localCode)));
        }
    }

    /** Lets routes pick the channel up; refused while it could not work as configured. */
    public void enable() {
        requireComplete();
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    /** "Run now": the channel's route runs at its next look instead of waiting for its interval or schedule. */
    public void requestRun(Instant now) {
        if (!enabled) {
            throw new RuleViolationException("crm.rule.channel.disabled", code);
        }
        this.runRequestedAt = now;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Field values as the audit trail compares them: whether a password is set, never the password or its hash. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("code", code);
        snapshot.put("name", name);
        snapshot.put("kind", kind);
        snapshot.put("enabled", enabled);
        snapshot.put("pollIntervalSeconds", pollIntervalSeconds);
        snapshot.put("schedule", schedule);
        snapshot.put("encoding", encoding);
        snapshot.put("login", login);
        snapshot.put("passwordSet", passwordSet());
        snapshot.put("folder", folder);
        snapshot.put("queueName", queueName);
        snapshot.put("catalogueMode", catalogueMode);
        snapshot.put("fileLimitBytes", fileLimitBytes);
        snapshot.put("zipAllowed", zipAllowed);
        snapshot.put("mappings", mappings.stream()
                .map(m -> m.kind() + ":" + m.externalId() + "=" + m.localCode()).toList().toString());
        return snapshot;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isBlank(char[] value) {
        if (value == null) {
            return true;
        }
        for (char c : value) {
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ChannelKind kind() {
        return kind;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int pollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public String schedule() {
        return schedule;
    }

    /** The charset name, as {@link Charset#forName} takes it: {@code UTF-8} or {@code windows-1251}. */
    public String encoding() {
        return encoding;
    }

    public String login() {
        return login;
    }

    public boolean passwordSet() {
        return passwordHash != null;
    }

    public String folder() {
        return folder;
    }

    public String queueName() {
        return queueName;
    }

    public CatalogueMode catalogueMode() {
        return catalogueMode;
    }

    public long fileLimitBytes() {
        return fileLimitBytes;
    }

    public boolean zipAllowed() {
        return zipAllowed;
    }

    public Optional<Instant> runRequestedAt() {
        return Optional.ofNullable(runRequestedAt);
    }

    public List<MappingDetails> mappings() {
        return mappings.stream().map(ChannelMapping::details).toList();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
