package ru.erp.crm.exchange.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import ru.erp.crm.exchange.boundary.ChannelView;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.MessageFilter;
import ru.erp.crm.exchange.boundary.MessageSummary;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.exchange.entity.MessageStatus;
import ru.erp.crm.platform.paging.PageRequest;
import ru.erp.crm.platform.ui.Notices;
import ru.erp.crm.platform.ui.PagedTable;

/**
 * The exchange journal: filters above a table that asks the boundary for one page at a time, and
 * replaying the messages ticked in it. The period is of whole days in the server's time zone, the
 * one the times in the table are shown in; its last day is included.
 */
@Named
@ViewScoped
public class MessageJournal implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TABLE = ":messages:messageTable";

    @EJB
    transient ExchangeJournal journal;

    @EJB
    transient Channels channels;

    private String channel;
    private MessageDirection direction;
    private String kind;
    private MessageStatus status;
    private LocalDate from;
    private LocalDate to;
    private String q;
    private List<String> channelCodes = List.of();
    private List<MessageSummary> selected = new ArrayList<>();
    /** One page of the journal per load, newest first; a refused filter shows its message. */
    private final PagedTable<MessageSummary> model = new PagedTable<>(
            page -> journal.list(filter(ZoneId.systemDefault()), page), MessageSummary::id);

    @PostConstruct
    void init() {
        try {
            channelCodes = channels.list(new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                    .map(ChannelView::code).toList();
        } catch (RuntimeException e) {
            Notices.problem(e);
        }
    }

    /** Shows the first page of the new search; ticks of the old one no longer apply. */
    public void search() {
        selected = new ArrayList<>();
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        table.setFirst(0);
    }

    public void clear() {
        channel = kind = q = null;
        direction = null;
        status = null;
        from = to = null;
        selected = new ArrayList<>();
    }

    /** Replays the ticked messages, all or none: one that is still waiting or running refuses the lot. */
    public void replaySelected() {
        if (selected == null || selected.isEmpty()) {
            Notices.error("journal.pickMessages");
            return;
        }
        try {
            List<Long> replays = journal.replay(selected.stream().map(MessageSummary::id).toList());
            Notices.info(replays.size() == 1 ? "journal.replayedOne" : "journal.replayedMany");
            selected = new ArrayList<>();
        } catch (RuntimeException e) {
            Notices.problem(e);
        }
    }

    /** The boundary's filter for what the form holds, days turned into instants of {@code zone}. */
    MessageFilter filter(ZoneId zone) {
        return new MessageFilter(blankToNull(channel), direction, blankToNull(kind), status,
                from == null ? null : startOf(from, zone),
                to == null ? null : startOf(to.plusDays(1), zone),
                blankToNull(q));
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public List<String> getChannelCodes() { return channelCodes; }
    public MessageDirection[] getDirections() { return MessageDirection.values(); }
    public MessageStatus[] getStatuses() { return MessageStatus.values(); }
    public LazyDataModel<MessageSummary> getModel() { return model; }

    public String getChannel() { return channel; }
    public void setChannel(String channel) { this.channel = channel; }
    public MessageDirection getDirection() { return direction; }
    public void setDirection(MessageDirection direction) { this.direction = direction; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public MessageStatus getStatus() { return status; }
    public void setStatus(MessageStatus status) { this.status = status; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public List<MessageSummary> getSelected() { return selected; }
    public void setSelected(List<MessageSummary> selected) { this.selected = selected; }
}
