package ru.erp.crm.exchange.ui;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.erp.crm.exchange.boundary.ChannelDraft;
import ru.erp.crm.exchange.boundary.ChannelView;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.entity.CatalogueMode;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.exchange.entity.ExchangeChannel;
import ru.erp.crm.exchange.entity.MappingDetails;
import ru.erp.crm.exchange.entity.MappingKind;
import ru.erp.crm.platform.ui.Notices;

/**
 * The form that creates a channel (no id) or changes one. It shows the settings the chosen kind
 * uses and sends only those of them that say where the channel connects, so a channel switched
 * to another kind does not keep a stale folder, queue or 1C login. The password is write-only:
 * the form never shows the stored one, and an empty field keeps it. The boundary validates; its
 * violations are shown next to the inputs they name.
 */
@Named
@ViewScoped
public class ChannelEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Channels channels;

    private Long id;
    private long version;
    private String code;
    private String name;
    private ChannelKind kind = ChannelKind.ONE_C_SITE;
    private Integer pollIntervalSeconds = ExchangeChannel.DEFAULT_POLL_INTERVAL_SECONDS;
    private String schedule;
    private String encoding = ExchangeChannel.ENCODINGS.get(0).name();
    private String login;
    private String password;
    private boolean passwordSet;
    private String folder;
    private String queueName;
    private CatalogueMode catalogueMode = CatalogueMode.FILE_DECIDES;
    private Long fileLimitBytes = ExchangeChannel.DEFAULT_FILE_LIMIT_BYTES;
    private boolean zipAllowed;
    private List<MappingRow> mappings = new ArrayList<>();

    /** Fills the form from the stored channel; an unknown id is a 404. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        Optional<ChannelView> stored = channels.find(id);
        if (stored.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        fill(stored.get());
    }

    void fill(ChannelView c) {
        version = c.version();
        code = c.code();
        name = c.name();
        kind = c.kind();
        pollIntervalSeconds = c.pollIntervalSeconds();
        schedule = c.schedule();
        encoding = c.encoding();
        login = c.login();
        password = null;
        passwordSet = c.passwordSet();
        folder = c.folder();
        queueName = c.queueName();
        catalogueMode = c.catalogueMode();
        fileLimitBytes = c.fileLimitBytes();
        zipAllowed = c.zipAllowed();
        mappings = new ArrayList<>(c.mappings().stream().map(MappingRow::of).toList());
    }

    public void addMapping() {
        mappings.add(new MappingRow());
    }

    public void removeMapping(MappingRow row) {
        mappings.remove(row);
    }

    /** Saves and returns to the list; a refused draft stays on the form with its messages. */
    public String save() {
        mappings.removeIf(MappingRow::isBlank);
        try {
            if (id == null) {
                channels.create(draft());
            } else {
                channels.update(id, version, draft());
            }
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Notices.info("channel.saved");
            return "exchange-channels?faces-redirect=true";
        } catch (RuntimeException e) {
            Notices.problem(e);
            return null;
        } finally {
            // the typed password never lives longer than the request that sent it
            password = null;
        }
    }

    /** The draft the form describes: connection settings of other kinds are left out. */
    ChannelDraft draft() {
        boolean site = isSite();
        return new ChannelDraft(blankToNull(code), blankToNull(name), kind == null ? null : kind.name(),
                pollIntervalSeconds, blankToNull(schedule), blankToNull(encoding),
                site ? blankToNull(login) : null,
                site && password != null && !password.isEmpty() ? password.toCharArray() : null,
                isFolderKind() ? blankToNull(folder) : null,
                isQueueKind() ? blankToNull(queueName) : null,
                catalogueMode == null ? null : catalogueMode.name(), fileLimitBytes, zipAllowed,
                mappings.stream().map(MappingRow::details).toList());
    }

    /** 1C logs in to the site exchange: login, password and the 1C protocol's file settings. */
    public boolean isSite() {
        return kind != null && kind.needsCredentials();
    }

    public boolean isFolderKind() {
        return kind != null && kind.needsFolder();
    }

    public boolean isQueueKind() {
        return kind != null && kind.needsQueue();
    }

    /** Catalogue files (with their price types and warehouses) come from 1C's site exchange or a dropped folder. */
    public boolean isCatalogueKind() {
        return kind == ChannelKind.ONE_C_SITE || kind == ChannelKind.FOLDER_DROP;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public ChannelKind[] getKinds() {
        return ChannelKind.values();
    }

    public List<String> getEncodings() {
        return ExchangeChannel.ENCODINGS.stream().map(Charset::name).toList();
    }

    public CatalogueMode[] getCatalogueModes() {
        return CatalogueMode.values();
    }

    public MappingKind[] getMappingKinds() {
        return MappingKind.values();
    }

    /** One 1C price type or warehouse and the CRM code it stands for, as the form edits it. */
    public static final class MappingRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private MappingKind kind = MappingKind.PRICE_TYPE;
        private String externalId;
        private String localCode;

        static MappingRow of(MappingDetails mapping) {
            MappingRow row = new MappingRow();
            row.kind = mapping.kind();
            row.externalId = mapping.externalId();
            row.localCode = mapping.localCode();
            return row;
        }

        boolean isBlank() {
            return blankToNull(externalId) == null && blankToNull(localCode) == null;
        }

        MappingDetails details() {
            return new MappingDetails(kind, blankToNull(externalId), blankToNull(localCode));
        }

        public MappingKind getKind() { return kind; }
        public void setKind(MappingKind kind) { this.kind = kind; }
        public String getExternalId() { return externalId; }
        public void setExternalId(String externalId) { this.externalId = externalId; }
        public String getLocalCode() { return localCode; }
        public void setLocalCode(String localCode) { this.localCode = localCode; }
    }

    public boolean isNew() { return id == null; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public ChannelKind getKind() { return kind; }
    public void setKind(ChannelKind kind) { this.kind = kind; }
    public Integer getPollIntervalSeconds() { return pollIntervalSeconds; }
    public void setPollIntervalSeconds(Integer pollIntervalSeconds) { this.pollIntervalSeconds = pollIntervalSeconds; }
    public String getSchedule() { return schedule; }
    public void setSchedule(String schedule) { this.schedule = schedule; }
    public String getEncoding() { return encoding; }
    public void setEncoding(String encoding) { this.encoding = encoding; }
    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
    /** Always empty: the stored password is never sent to the page. */
    public String getPassword() { return null; }
    public void setPassword(String password) { this.password = password; }
    public boolean isPasswordSet() { return passwordSet; }
    public String getFolder() { return folder; }
    public void setFolder(String folder) { this.folder = folder; }
    public String getQueueName() { return queueName; }
    public void setQueueName(String queueName) { this.queueName = queueName; }
    public CatalogueMode getCatalogueMode() { return catalogueMode; }
    public void setCatalogueMode(CatalogueMode catalogueMode) { this.catalogueMode = catalogueMode; }
    public Long getFileLimitBytes() { return fileLimitBytes; }
    public void setFileLimitBytes(Long fileLimitBytes) { this.fileLimitBytes = fileLimitBytes; }
    public boolean isZipAllowed() { return zipAllowed; }
    public void setZipAllowed(boolean zipAllowed) { this.zipAllowed = zipAllowed; }
    public List<MappingRow> getMappings() { return mappings; }
}
