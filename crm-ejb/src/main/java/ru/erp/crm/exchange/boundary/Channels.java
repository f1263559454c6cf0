package ru.erp.crm.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ru.erp.crm.exchange.control.ChannelValidator;
import ru.erp.crm.exchange.control.ConnectionProbe;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.exchange.entity.ExchangeChannel;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.i18n.Texts;
import ru.erp.crm.platform.paging.Page;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.problem.ConflictException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.StaleVersionException;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;

/**
 * The exchange channels ERP administrators configure, and what the 1C endpoint and the routes ask
 * of them. Only administrators (ADMIN, ERP_ADMIN) see or change channels. The endpoint and the
 * routes call without a caller identity, so their lookups are open; they return enabled channels
 * only, and nothing secret.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ERP_ADMIN})
public class Channels {

    /** How the audit trail names channels. */
    public static final String ENTITY = "channel";

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    CallerScope caller;

    public Page<ChannelView> list(PageRequest page) {
        List<ChannelView> items = withMappings(em.createQuery("select c from ExchangeChannel c order by c.code",
                        ExchangeChannel.class))
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(ChannelView::of).toList();
        long total = em.createQuery("select count(c) from ExchangeChannel c", Long.class).getSingleResult();
        return Page.of(items, total, page);
    }

    public Optional<ChannelView> find(long id) {
        return Optional.ofNullable(em.find(ExchangeChannel.class, id)).map(ChannelView::of);
    }

    /** A new channel starts disabled: nothing runs before the administrator has tested and enabled it. */
    public ChannelView create(ChannelDraft draft) {
        ChannelValidator.requireValid(draft, null);
        String code = draft.code().strip();
        em.createNamedQuery(ExchangeChannel.BY_CODE, ExchangeChannel.class).setParameter("code", code)
                .getResultStream().findFirst().ifPresent(taken -> {
                    throw new ConflictException("crm.conflict.channel.code", taken.id(), code);
                });
        refuseTakenLogin(draft.login(), null);
        Instant now = Instant.now();
        ExchangeChannel channel = new ExchangeChannel(code, draft.name(), ChannelKind.of(draft.kind()).orElseThrow(), now);
        apply(draft, channel);
        em.persist(channel);
        em.flush();
        audit.record(AuditAction.CREATE, ENTITY, channel.id(), summary(channel, draft), null, channel.snapshot());
        return ChannelView.of(channel);
    }

    /** Replaces the channel's settings; a blank password in the draft keeps the stored one. */
    public ChannelView update(long id, long version, ChannelDraft draft) {
        ExchangeChannel channel = require(id);
        if (channel.version() != version) {
            throw new StaleVersionException(ENTITY, channel.id(), version, channel.version());
        }
        ChannelValidator.requireValid(draft, channel);
        refuseTakenLogin(draft.login(), channel.id());
        Map<String, Object> before = channel.snapshot();
        apply(draft, channel);
        channel.touch(Instant.now());
        em.flush();
        audit.record(AuditAction.UPDATE, ENTITY, channel.id(), summary(channel, draft), before, channel.snapshot());
        return ChannelView.of(channel);
    }

    public ChannelView enable(long id) {
        ExchangeChannel channel = require(id);
        Map<String, Object> before = channel.snapshot();
        channel.enable();
        return saved(channel, before, "enabled");
    }

    public ChannelView disable(long id) {
        ExchangeChannel channel = require(id);
        Map<String, Object> before = channel.snapshot();
        channel.disable();
        return saved(channel, before, "disabled");
    }

    /** "Run now": records the request; the channel's route sees it at its next look. Refused while disabled. */
    public ChannelView requestRun(long id) {
        ExchangeChannel channel = require(id);
        channel.requestRun(Instant.now());
        em.flush();
        audit.record(AuditAction.UPDATE, ENTITY, channel.id(), channel.code() + ": run requested", null, null);
        return ChannelView.of(channel);
    }

    /** What can be checked from this server, worded in the administrator's language. */
    public ConnectionCheck testConnection(long id) {
        ExchangeChannel channel = require(id);
        return ConnectionCheck.of(ConnectionProbe.probe(channel), Texts.localeOf(caller.user().preferredLocale()));
    }

    /**
     * The enabled ONE_C_SITE channel with this login whose password matches; empty otherwise
     * (unknown login, wrong password, disabled). Called once per 1C session (checkauth): the
     * password check is deliberately slow. Both outcomes go to the audit trail like user logins.
     */
    @PermitAll
    public Optional<SiteChannel> authenticateSite(String login, char[] password) {
        if (login == null || login.isBlank() || password == null) {
            return Optional.empty();
        }
        Optional<ExchangeChannel> channel = em.createNamedQuery(ExchangeChannel.BY_LOGIN, ExchangeChannel.class)
                .setParameter("login", login.strip())
                .getResultStream().findFirst()
                .filter(c -> c.kind() == ChannelKind.ONE_C_SITE);
        if (channel.isEmpty()) {
            audit.recordLogin(login, AuditAction.LOGIN_FAILED, "unknown 1C site channel login");
            return Optional.empty();
        }
        ExchangeChannel site = channel.get();
        if (!site.isEnabled()) {
            audit.recordLogin(login, AuditAction.LOGIN_FAILED, "1C site channel " + site.code() + " is disabled");
            return Optional.empty();
        }
        if (!site.checkPassword(password)) {
            audit.recordLogin(login, AuditAction.LOGIN_FAILED, "wrong password for 1C site channel " + site.code());
            return Optional.empty();
        }
        audit.recordLogin(login, AuditAction.LOGIN, "1C site channel " + site.code());
        return Optional.of(SiteChannel.of(site));
    }

    /** The enabled 1C site channel with this code, for calls that carry the session cookie. */
    @PermitAll
    public Optional<SiteChannel> siteChannel(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(ExchangeChannel.BY_CODE, ExchangeChannel.class).setParameter("code", code)
                .getResultStream().findFirst()
                .filter(c -> c.kind() == ChannelKind.ONE_C_SITE && c.isEnabled())
                .map(SiteChannel::of);
    }

    /** For routes: the enabled channels of a kind, by code, each with its last "run now" request. */
    @PermitAll
    public List<ChannelView> enabledOfKind(ChannelKind kind) {
        Objects.requireNonNull(kind, "kind");
        return withMappings(em.createNamedQuery(ExchangeChannel.ENABLED_OF_KIND, ExchangeChannel.class))
                .setParameter("kind", kind).setParameter("enabled", Boolean.TRUE)
                .getResultList().stream().map(ChannelView::of).toList();
    }

    /**
     * The codes of the channels of a kind, enabled or not: what a user who needs such a channel is
     * told to ask an administrator to enable. Codes are not secret; nothing else of a channel is
     * shown.
     */
    @PermitAll
    public List<String> codesOfKind(ChannelKind kind) {
        Objects.requireNonNull(kind, "kind");
        return em.createQuery("select c.code from ExchangeChannel c where c.kind = :kind order by c.code", String.class)
                .setParameter("kind", kind).getResultList();
    }

    private void apply(ChannelDraft draft, ExchangeChannel channel) {
        channel.rename(draft.name());
        channel.changeKind(ChannelKind.of(draft.kind()).orElseThrow());
        channel.schedule(draft.pollIntervalSeconds() == null ? ExchangeChannel.DEFAULT_POLL_INTERVAL_SECONDS
                : draft.pollIntervalSeconds(), draft.schedule());
        channel.readFiles(ChannelValidator.encoding(draft.encoding()).orElseThrow(),
                draft.fileLimitBytes() == null ? ExchangeChannel.DEFAULT_FILE_LIMIT_BYTES : draft.fileLimitBytes(),
                Boolean.TRUE.equals(draft.zipAllowed()));
        channel.treatCatalogues(ChannelValidator.catalogueMode(draft.catalogueMode()).orElseThrow());
        channel.changeLocation(draft.folder(), draft.queueName());
        channel.changeCredentials(draft.login(), draft.password());
        channel.replaceMappings(draft.mappings());
    }

    private void refuseTakenLogin(String login, Long ownId) {
        if (login == null || login.isBlank()) {
            return;
        }
        em.createNamedQuery(ExchangeChannel.BY_LOGIN, ExchangeChannel.class).setParameter("login", login.strip())
                .getResultStream().filter(other -> !other.id().equals(ownId)).findFirst()
                .ifPresent(other -> {
                    throw new ConflictException("crm.conflict.channel.login", other.id(), login.strip(), other.code());
                });
    }

    private ChannelView saved(ExchangeChannel channel, Map<String, Object> before, String what) {
        channel.touch(Instant.now());
        em.flush();
        audit.record(AuditAction.UPDATE, ENTITY, channel.id(), channel.code() + ": " + what, before, channel.snapshot());
        return ChannelView.of(channel);
    }

    private ExchangeChannel require(long id) {
        return Optional.ofNullable(em.find(ExchangeChannel.class, id))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    /** The audit summary says that the password changed, since the field diff never shows it. */
    private static String summary(ExchangeChannel channel, ChannelDraft draft) {
        return draft.hasPassword() ? channel.code() + ": new password" : channel.code();
    }

    /** Loads the mappings of a page of channels with one more query instead of one per channel. */
    private static TypedQuery<ExchangeChannel> withMappings(TypedQuery<ExchangeChannel> query) {
        return query.setHint("eclipselink.batch", "c.mappings").setHint("eclipselink.batch.type", "IN");
    }
}
